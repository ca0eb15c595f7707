import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, audioContentType, csvRowToMetadata, locateAudio, parseManifest, readManifest, readTranscript } from './manifest';

const header = 'file,externalId,phone,customerNumber,startedAt,durationSeconds,direction,agentName,purposes,legalBasis,consentMethod,consentGivenAt,retentionUntil,transcriptFile';

describe('csvRowToMetadata', () => {
  it('builds the api-v1 metadata object, leaving out empty optional cells', () => {
    const { metadata, errors } = csvRowToMetadata({
      externalId: 'archive-2024-000001',
      phone: '+48600100201',
      customerNumber: '',
      startedAt: '2024-02-12T08:14:03Z',
      durationSeconds: '12',
      direction: 'inbound',
      agentName: '',
      purposes: 'contract; training;',
      legalBasis: 'consent',
      consentMethod: 'ivr',
      consentGivenAt: '2024-02-12T08:14:01Z',
      retentionUntil: '',
    });
    expect(errors).toEqual([]);
    expect(metadata).toEqual({
      externalId: 'archive-2024-000001',
      phone: '+48600100201',
      startedAt: '2024-02-12T08:14:03Z',
      durationSeconds: 12,
      direction: 'inbound',
      purposes: ['contract', 'training'],
      legalBasis: 'consent',
      consent: { method: 'ivr', givenAt: '2024-02-12T08:14:01Z' },
    });
  });

  it('rounds fractional seconds and refuses a duration that is not a number', () => {
    expect(csvRowToMetadata({ durationSeconds: '12.6' }).metadata.durationSeconds).toBe(13);
    expect(csvRowToMetadata({ durationSeconds: '12 s' }).errors).toEqual([{ field: 'durationSeconds', message: expect.stringContaining('number of seconds') }]);
  });

  it('passes a half-filled consent on for the portal to judge', () => {
    expect(csvRowToMetadata({ consentMethod: 'sms' }).metadata.consent).toEqual({ method: 'sms' });
  });
});

describe('parseManifest (CSV)', () => {
  it('maps each row with its line number, file and transcript file, matching header names loosely', () => {
    const text = `${header.replace('externalId', ' ExternalID ')}\r\na.wav,x-1,+48600100201,C-1001,2024-01-01T10:00:00Z,5,inbound,"Kowalska, Ewa",quality,contract,,,,t/x-1.json\r\n`;
    const [row] = parseManifest(text, 'csv');
    expect(row).toMatchObject({ line: 2, externalId: 'x-1', file: 'a.wav', transcriptFile: 't/x-1.json', errors: [] });
    expect(row!.metadata).toMatchObject({ agentName: 'Kowalska, Ewa', customerNumber: 'C-1001' });
  });

  it('refuses a manifest with an unknown or a missing required column, or broken quoting', () => {
    expect(() => parseManifest(`${header},agent\n`, 'csv')).toThrow(/unknown column "agent"/);
    expect(() => parseManifest('file,externalId\n', 'csv')).toThrow(/no column "phone"/);
    expect(() => parseManifest('', 'csv')).toThrow(ManifestError);
    expect(() => parseManifest(`${header}\n"a.wav,x\n`, 'csv')).toThrow(ManifestError);
  });

  it('gives row errors for a wrong field count, a missing file or externalId, and a repeated externalId', () => {
    const rows = parseManifest(
      [header, 'a.wav,x-1,+48600100201,,2024-01-01T10:00:00Z,5,inbound,,quality,contract,,,,', 'a.wav,x-2', ',,+48600100201,,2024-01-01T10:00:00Z,5,inbound,,quality,contract,,,,', 'b.wav,x-1,+48600100201,,2024-01-01T10:00:00Z,5,inbound,,quality,contract,,,,'].join('\n'),
      'csv',
    );
    expect(rows.map((row) => row.errors.map((error) => error.field))).toEqual([[], ['(row)'], ['externalId', 'file'], ['externalId']]);
    expect(rows[3]!.errors[0]!.message).toBe('is also on line 2');
  });
});

describe('parseManifest (JSON lines)', () => {
  it('takes each object as metadata, minus file and transcriptFile', () => {
    const line = JSON.stringify({ file: 'a.mp3', transcriptFile: 't.json', externalId: 'x-1', phone: '+48600100201', purposes: ['quality'] });
    const rows = parseManifest(`${line}\r\n\n${line.replace('x-1', 'x-2')}\n`, 'jsonl');
    expect(rows.map((row) => [row.line, row.externalId, row.file, row.transcriptFile])).toEqual([
      [1, 'x-1', 'a.mp3', 't.json'],
      [3, 'x-2', 'a.mp3', 't.json'],
    ]);
    expect(rows[0]!.metadata).toEqual({ externalId: 'x-1', phone: '+48600100201', purposes: ['quality'] });
  });

  it('refuses lines that are not JSON objects, or lack a file or externalId, row by row', () => {
    const rows = parseManifest('{not json\n[1]\n{"externalId":"x-1"}\n{"file":"a.wav"}\n', 'jsonl');
    expect(rows.map((row) => row.errors.map((error) => error.field))).toEqual([['(row)'], ['(row)'], ['file'], ['externalId']]);
  });
});

describe('files', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-manifest-'));
  fs.mkdirSync(path.join(folder, '2024'));
  fs.writeFileSync(path.join(folder, '2024', 'call.wav'), 'RIFF....');
  fs.writeFileSync(path.join(folder, 'good.json'), '[{"startMs":0,"endMs":1,"speaker":"agent","text":"Dzień dobry."}]');
  fs.writeFileSync(path.join(folder, 'bad.json'), '{"segments":[]}');
  const row = (file: string) => parseManifest(`{"file":"${file}","externalId":"x"}`, 'jsonl')[0]!;

  it('knows the content type of each supported extension', () => {
    expect(['a.wav', 'a.MP3', 'a.ogg', 'a.opus', 'a.flac'].map(audioContentType)).toEqual(['audio/wav', 'audio/mpeg', 'audio/ogg', 'audio/ogg', undefined]);
  });

  it('locates audio relative to the folder, and refuses a missing or unsupported file', async () => {
    expect(await locateAudio(row('2024/call.wav'), folder)).toEqual({ path: path.join(folder, '2024', 'call.wav'), contentType: 'audio/wav', size: 8 });
    expect(await locateAudio(row('2024/gone.wav'), folder)).toEqual({ field: 'file', message: '2024/gone.wav does not exist in the archive folder' });
    expect(await locateAudio(row('2024/call.flac'), folder)).toMatchObject({ field: 'file' });
    expect(await locateAudio(row('2024'), folder)).toMatchObject({ field: 'file' });
  });

  it('reads a transcript array, and refuses one that is missing or not an array', async () => {
    expect(await readTranscript('good.json', folder)).toHaveLength(1);
    expect(await readTranscript('bad.json', folder)).toMatchObject({ field: 'transcriptFile', message: expect.stringContaining('not a JSON array') });
    expect(await readTranscript('gone.json', folder)).toMatchObject({ field: 'transcriptFile', message: expect.stringContaining('cannot be read') });
  });

  it('refuses a manifest that cannot be read or has another extension', async () => {
    await expect(readManifest(path.join(folder, 'missing.csv'))).rejects.toThrow(/cannot read the manifest .*ENOENT/);
    await expect(readManifest(path.join(folder, 'calls.xlsx'))).rejects.toThrow(/\.csv or a \.jsonl/);
  });
});
