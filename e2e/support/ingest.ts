import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { makeWav } from '../../test/audio';

/** What a telephony system sends: the ingest key and a multipart upload of audio + metadata. */
export const ingestKey = () => {
  const key = process.env.INGEST_API_KEY?.split(',')[0];
  if (!key) throw new Error('INGEST_API_KEY must be set for the API tests (npm test sets it).');
  return key;
};
export const ingestHeaders = () => ({ authorization: `Bearer ${ingestKey()}` });

export function uniquePhone(): string {
  return `+4869${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
}

export function callMetadata(overrides: Record<string, unknown> = {}) {
  return {
    externalId: `pbx-${randomUUID()}`,
    phone: uniquePhone(),
    startedAt: '2026-10-01T09:30:00Z',
    durationSeconds: 1,
    direction: 'inbound',
    agentName: 'Anna K.',
    purposes: ['quality'],
    legalBasis: 'consent',
    consent: { method: 'ivr', givenAt: '2026-10-01T09:30:00Z' },
    transcript: [{ startMs: 0, endMs: 900, speaker: 'agent', text: 'Dzień dobry.' }],
    ...overrides,
  };
}

export function postRecording(
  request: APIRequestContext,
  metadata: object,
  audio: Buffer = makeWav(1),
  options: { mimeType?: string; headers?: Record<string, string> } = {},
) {
  return request.post('/api/v1/recordings', {
    headers: options.headers ?? ingestHeaders(),
    multipart: {
      metadata: JSON.stringify(metadata),
      audio: { name: 'call.wav', mimeType: options.mimeType ?? 'audio/wav', buffer: audio },
    },
  });
}

export function putCustomer(request: APIRequestContext, customerNumber: string, body: object) {
  return request.put(`/api/v1/customers/${encodeURIComponent(customerNumber)}`, { headers: ingestHeaders(), data: body });
}
