import fs from 'node:fs/promises';

/**
 * The resume file: one JSON line per call the portal has answered for, appended the moment
 * the answer arrives. A re-run skips what the portal already holds. The file is a shortcut,
 * not the truth: the portal answers 200 for a call it already has, so a line lost to a crash
 * (or a deleted file) costs one upload, never a duplicate.
 */

export type StateOutcome = 'imported' | 'present' | 'refused';

export interface StateEntry {
  externalId: string;
  outcome: StateOutcome;
  status?: number;
  /** The portal's id for the call, when it holds it. */
  id?: string;
  /** The manifest line, for someone reading the file. */
  line: number;
  /** Which portal answered: a file reused against another portal must not skip anything there. */
  portal: string;
  at: string;
}

/** The portal as the state file names it: the base URL without a trailing slash. */
export function portalKey(url: string): string {
  return new URL(url).href.replace(/\/+$/, '');
}

/** The externalIds the given portal already holds, according to the state file (absent: none). */
export async function loadFinished(statePath: string, portal: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await fs.readFile(statePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
  const finished = new Set<string>();
  for (const line of text.split('\n')) {
    let entry: Partial<StateEntry>;
    try {
      entry = JSON.parse(line) as Partial<StateEntry>;
    } catch {
      // A blank line, or the torn last line of a run that was killed mid-write: that call is
      // simply not known to be finished, and its re-upload is answered 200.
      continue;
    }
    if (entry?.portal !== portal || typeof entry.externalId !== 'string') continue;
    if (entry.outcome === 'imported' || entry.outcome === 'present') finished.add(entry.externalId);
  }
  return finished;
}

export interface StateWriter {
  append(entry: Omit<StateEntry, 'at'>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the state file for appending. Each entry is a single write of one whole line on an
 * O_APPEND descriptor, so the kernel has it as soon as the call returns and a kill -9 after
 * that cannot lose it. There is one fsync at the end rather than one per line: what only a
 * power cut could lose, the portal's own idempotence covers anyway.
 */
export async function openStateWriter(statePath: string): Promise<StateWriter> {
  const handle = await fs.open(statePath, 'a');
  // A run killed mid-write may have left a line without its newline; start on a fresh line.
  const { size } = await handle.stat();
  let prefix = '';
  if (size > 0) {
    const last = Buffer.alloc(1);
    const reader = await fs.open(statePath, 'r');
    try {
      await reader.read(last, 0, 1, size - 1);
    } finally {
      await reader.close();
    }
    if (last[0] !== 0x0a) prefix = '\n';
  }
  // Workers finish in any order; chaining the writes keeps each line whole and in order.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    append(entry) {
      const text = `${prefix}${JSON.stringify({ ...entry, at: new Date().toISOString() })}\n`;
      prefix = '';
      const write = queue.then(() => handle.write(text));
      queue = write.catch(() => undefined);
      return write.then(() => undefined);
    },
    async close() {
      await queue;
      await handle.datasync();
      await handle.close();
    },
  };
}
