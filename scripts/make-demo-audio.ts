/**
 * make-demo-audio — one-off developer tool that (re)generates the demo call recordings.
 *
 *   npx tsx scripts/make-demo-audio.ts
 *
 * Why it exists: the demo needs call recordings whose spoken words really match their
 * Polish transcripts, without any real person's voice (the portal is about personal
 * data, so the demo must not contain any). We synthesise them with espeak-ng instead.
 * The output is committed to the repo and read by the demo seed; the seed, the app and
 * CI never run this script, so espeak-ng and sox are only needed on the machine of
 * whoever edits the dialogues (Debian/Ubuntu: `apt-get install espeak-ng sox`).
 *
 * Input:  prisma/demo/dialogues.ts (the dialogue scripts and their metadata)
 * Output: prisma/demo/audio/<dialogue-id>.wav   8 kHz, mono, 16-bit PCM (like a call centre)
 *         prisma/demo/transcripts.json          { [id]: { durationSeconds, segments: [
 *                                                  { startMs, endMs, speaker, text } ] } }
 *
 * How: every turn is synthesised separately with espeak-ng's Polish voice (a female and a
 * male voice variant, chosen by the speaker's grammatical gender, with different pitch and
 * speed), converted by sox to 8 kHz mono 16-bit (peak-normalised, no dither), trimmed of
 * espeak's leading/trailing silence, and the turns are joined with 400 ms of silence.
 * Segment times come from the exact sample counts, so `endMs` of the last segment equals
 * the file length. The output is deterministic (no dither, no timestamps): re-running it
 * with unchanged dialogues reproduces byte-identical files. Stale WAVs of removed
 * dialogues are deleted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  demoDialogues,
  type DemoDialogue,
  type DemoSpeaker,
  type DemoTranscripts,
  type DemoTranscriptSegment,
  type DemoVoiceGender,
} from '../prisma/demo/dialogues';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_DIR = path.join(ROOT, 'prisma', 'demo');
const AUDIO_DIR = path.join(DEMO_DIR, 'audio');
const TRANSCRIPTS_FILE = path.join(DEMO_DIR, 'transcripts.json');

const SAMPLE_RATE = 8000;
const SAMPLES_PER_MS = SAMPLE_RATE / 1000;
const GAP_MS = 400;
/** |sample| above this counts as speech when trimming espeak's silence (≈ -44 dBFS). */
const SILENCE_THRESHOLD = 200;
/** Keep a little room around the speech so onsets and decays are not clipped. */
const KEEP_BEFORE_MS = 20;
const KEEP_AFTER_MS = 60;
/** Sanity bounds from the brief: 3–5 turns, 6–15 s of speech per dialogue. */
const MIN_TURNS = 3;
const MAX_TURNS = 5;
const MIN_SPEECH_MS = 6000;
const MAX_SPEECH_MS = 15000;

interface Voice {
  /** espeak-ng voice: Polish + variant. */
  voice: string;
  /** Base pitch 0–99. */
  pitch: number;
  /** Words per minute. */
  speed: number;
}

/**
 * Agents speak a bit faster and in a "professional" register; customers slower. Female and
 * male variants differ, so the two speakers of a call are always clearly distinguishable.
 */
const VOICES: Record<DemoSpeaker, Record<DemoVoiceGender, Voice>> = {
  agent: {
    female: { voice: 'pl+f4', pitch: 55, speed: 185 },
    male: { voice: 'pl+m3', pitch: 45, speed: 185 },
  },
  customer: {
    female: { voice: 'pl+f2', pitch: 70, speed: 170 },
    male: { voice: 'pl+m1', pitch: 30, speed: 170 },
  },
};

function requireTool(cmd: string): void {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(`make-demo-audio: '${cmd}' not found. Install it first (apt-get install espeak-ng sox).`);
    process.exit(1);
  }
}

function validate(dialogues: readonly DemoDialogue[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const d of dialogues) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.id)) problems.push(`${d.id}: id is not kebab-case`);
    if (seen.has(d.id)) problems.push(`${d.id}: duplicate id`);
    seen.add(d.id);
    if (d.turns.length < MIN_TURNS || d.turns.length > MAX_TURNS) {
      problems.push(`${d.id}: has ${d.turns.length} turns, expected ${MIN_TURNS}–${MAX_TURNS}`);
    }
    if (d.turns[0]?.speaker !== 'agent') problems.push(`${d.id}: the agent should open the call`);
    if (d.purposes.length === 0) problems.push(`${d.id}: no purposes`);
    if (new Set(d.purposes).size !== d.purposes.length) problems.push(`${d.id}: duplicate purposes`);
    for (const t of d.turns) {
      if (t.text.trim() !== t.text || t.text === '') problems.push(`${d.id}: empty or untrimmed turn text`);
      if (/\d/.test(t.text)) problems.push(`${d.id}: write numbers out as words ("${t.text}")`);
    }
  }
  if (problems.length > 0) {
    console.error(`make-demo-audio: invalid dialogues:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

/** Synthesises one utterance and returns it as 8 kHz mono signed 16-bit little-endian samples. */
function synthesise(text: string, v: Voice, tmp: string): Int16Array {
  const wav22k = path.join(tmp, 'utterance.wav');
  execFileSync('espeak-ng', ['-v', v.voice, '-p', String(v.pitch), '-s', String(v.speed), '-w', wav22k, text]);
  const raw = execFileSync(
    'sox',
    [
      '-D', // no dither → deterministic output
      wav22k,
      '-t', 'raw', '-e', 'signed-integer', '-b', '16', '-L', '-c', '1', '-r', String(SAMPLE_RATE),
      '-',
      'gain', '-n', '-3', // peak-normalise each utterance so both voices are equally loud
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const samples = new Int16Array(raw.length / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = raw.readInt16LE(i * 2);
  return trimSilence(samples);
}

function trimSilence(s: Int16Array): Int16Array {
  let first = 0;
  while (first < s.length && Math.abs(s[first]!) <= SILENCE_THRESHOLD) first++;
  let last = s.length - 1;
  while (last > first && Math.abs(s[last]!) <= SILENCE_THRESHOLD) last--;
  if (first >= s.length) throw new Error('espeak-ng produced only silence');
  const start = Math.max(0, first - KEEP_BEFORE_MS * SAMPLES_PER_MS);
  const end = Math.min(s.length, last + 1 + KEEP_AFTER_MS * SAMPLES_PER_MS);
  return s.slice(start, end);
}

/** Canonical 44-byte RIFF/WAVE header + PCM data (mono, 16-bit, SAMPLE_RATE). */
function encodeWav(samples: Int16Array): Buffer {
  const dataBytes = samples.length * 2;
  const buf = Buffer.alloc(44 + dataBytes);
  buf.write('RIFF', 0, 'ascii');
  buf.writeUInt32LE(36 + dataBytes, 4);
  buf.write('WAVE', 8, 'ascii');
  buf.write('fmt ', 12, 'ascii');
  buf.writeUInt32LE(16, 16); // fmt chunk size
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(SAMPLE_RATE, 24);
  buf.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  buf.writeUInt16LE(2, 32); // block align
  buf.writeUInt16LE(16, 34); // bits per sample
  buf.write('data', 36, 'ascii');
  buf.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) buf.writeInt16LE(samples[i]!, 44 + i * 2);
  return buf;
}

const samplesToMs = (n: number): number => Math.round(n / SAMPLES_PER_MS);

function main(): void {
  requireTool('espeak-ng');
  requireTool('sox');
  validate(demoDialogues);

  mkdirSync(AUDIO_DIR, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'make-demo-audio-'));
  const transcripts: DemoTranscripts = {};
  const gap = new Int16Array(GAP_MS * SAMPLES_PER_MS);
  let totalBytes = 0;
  const tooShortOrLong: string[] = [];

  try {
    for (const d of demoDialogues) {
      const parts: Int16Array[] = [];
      const segments: DemoTranscriptSegment[] = [];
      let offset = 0;
      let speechSamples = 0;

      d.turns.forEach((turn, i) => {
        if (i > 0) {
          parts.push(gap);
          offset += gap.length;
        }
        const gender = turn.speaker === 'agent' ? d.agentGender : d.customerGender;
        const utterance = synthesise(turn.text, VOICES[turn.speaker][gender], tmp);
        segments.push({
          startMs: samplesToMs(offset),
          endMs: samplesToMs(offset + utterance.length),
          speaker: turn.speaker,
          text: turn.text,
        });
        parts.push(utterance);
        offset += utterance.length;
        speechSamples += utterance.length;
      });

      const all = new Int16Array(offset);
      let at = 0;
      for (const p of parts) {
        all.set(p, at);
        at += p.length;
      }
      const wav = encodeWav(all);
      writeFileSync(path.join(AUDIO_DIR, `${d.id}.wav`), wav);
      totalBytes += wav.length;

      const speechMs = samplesToMs(speechSamples);
      if (speechMs < MIN_SPEECH_MS || speechMs > MAX_SPEECH_MS) tooShortOrLong.push(`${d.id} (${speechMs} ms)`);
      transcripts[d.id] = { durationSeconds: samplesToMs(all.length) / 1000, segments };
      console.log(
        `${d.id.padEnd(32)} ${(all.length / SAMPLE_RATE).toFixed(2).padStart(6)} s` +
          `  speech ${(speechMs / 1000).toFixed(2).padStart(5)} s  ${(wav.length / 1024).toFixed(0).padStart(4)} KiB`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // Remove recordings of dialogues that no longer exist, so the directory mirrors dialogues.ts.
  const wanted = new Set(demoDialogues.map((d) => `${d.id}.wav`));
  for (const f of readdirSync(AUDIO_DIR)) {
    if (f.endsWith('.wav') && !wanted.has(f)) {
      rmSync(path.join(AUDIO_DIR, f));
      console.log(`removed stale ${f}`);
    }
  }

  writeFileSync(TRANSCRIPTS_FILE, `${JSON.stringify(transcripts, null, 2)}\n`);
  console.log(
    `\n${demoDialogues.length} recordings, ${(totalBytes / 1024 / 1024).toFixed(2)} MiB → ${path.relative(ROOT, AUDIO_DIR)}/` +
      `\ntranscripts → ${path.relative(ROOT, TRANSCRIPTS_FILE)}`,
  );
  if (tooShortOrLong.length > 0) {
    console.error(
      `\nmake-demo-audio: speech outside ${MIN_SPEECH_MS / 1000}–${MAX_SPEECH_MS / 1000} s: ${tooShortOrLong.join(', ')}`,
    );
    process.exit(1);
  }
}

main();
