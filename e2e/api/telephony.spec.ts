import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { makeOggOpusHead, makeWav } from '../../test/audio';
import { callMetadata, ingestHeaders, postRecording, putCustomer, uniquePhone } from '../support/ingest';

/** Objects in the server's recording store: a refused upload must leave none behind. */
function storedObjects(): number {
  const dir = path.join(process.env.DATA_DIR ?? '', 'recordings', 'recordings');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

async function expectProblem(response: APIResponse, status: number, field?: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/api\/v1\/problems\//), title: expect.any(String), detail: expect.any(String) });
  if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  return body;
}

test.describe('ingest key', () => {
  test('every telephony endpoint refuses a missing or wrong key with 401', async ({ request }) => {
    const wrong = { authorization: 'Bearer not-the-key-at-all' };
    for (const headers of [{}, wrong]) {
      await expectProblem(await request.put('/api/v1/customers/C-1', { headers, data: { fullName: 'X', lines: [] } }), 401);
      await expectProblem(await postRecording(request, callMetadata(), makeWav(1), { headers }), 401);
      await expectProblem(await request.get('/api/v1/consent-check?phone=%2B48600100200', { headers }), 401);
      await expectProblem(await request.put('/api/v1/recordings/x/transcript', { headers, data: { transcript: [] } }), 401);
    }
  });
});

test.describe('PUT /customers/{customerNumber}', () => {
  test('creates (201), then updates (200)', async ({ request }) => {
    const number = `C-${randomUUID().slice(0, 8)}`;
    const body = { fullName: 'Jan Testowy', lines: [{ phone: uniquePhone(), activeFrom: '2024-01-01T00:00:00Z' }] };
    expect((await putCustomer(request, number, body)).status()).toBe(201);
    expect((await putCustomer(request, number, { ...body, email: 'jan@example.com' })).status()).toBe(200);
  });

  test('refuses a bad phone, bad dates and a window ending before it starts, field by field', async ({ request }) => {
    await expectProblem(await putCustomer(request, 'C-BAD', { fullName: 'X', lines: [{ phone: '600100200', activeFrom: '2024-01-01T00:00:00Z' }] }), 400, 'lines.0.phone');
    await expectProblem(await putCustomer(request, 'C-BAD', { fullName: 'X', lines: [{ phone: uniquePhone(), activeFrom: 'yesterday' }] }), 400, 'lines.0.activeFrom');
    await expectProblem(
      await putCustomer(request, 'C-BAD', { fullName: 'X', lines: [{ phone: uniquePhone(), activeFrom: '2024-02-01T00:00:00Z', activeTo: '2024-01-01T00:00:00Z' }] }),
      400,
      'lines.0.activeTo',
    );
    await expectProblem(await request.put('/api/v1/customers/C-BAD', { headers: { ...ingestHeaders(), 'content-type': 'application/json' }, data: '{not json' }), 400, '(body)');
    await expectProblem(await request.put('/api/v1/customers/C-BAD', { headers: { ...ingestHeaders(), 'content-type': 'text/plain' }, data: 'hello' }), 415);
  });

  test('refuses overlapping ownership of one number with 409, and accepts a handover', async ({ request }) => {
    const phone = uniquePhone();
    const first = `C-${randomUUID().slice(0, 8)}`;
    const second = `C-${randomUUID().slice(0, 8)}`;
    await putCustomer(request, first, { fullName: 'Pierwszy', lines: [{ phone, activeFrom: '2023-01-01T00:00:00Z' }] });
    await expectProblem(await putCustomer(request, second, { fullName: 'Drugi', lines: [{ phone, activeFrom: '2025-01-01T00:00:00Z' }] }), 409, 'lines.0');
    expect((await putCustomer(request, first, { fullName: 'Pierwszy', lines: [{ phone, activeFrom: '2023-01-01T00:00:00Z', activeTo: '2025-01-01T00:00:00Z' }] })).status()).toBe(200);
    expect((await putCustomer(request, second, { fullName: 'Drugi', lines: [{ phone, activeFrom: '2025-01-01T00:00:00Z' }] })).status()).toBe(201);
  });
});

test.describe('POST /recordings', () => {
  test('stores a call (201) and a retry with the same audio answers 200 with the same id', async ({ request }) => {
    const metadata = callMetadata();
    const audio = makeWav(1.2);
    const first = await postRecording(request, metadata, audio);
    expect(first.status()).toBe(201);
    const created = await first.json();
    expect(created).toEqual({ id: expect.any(String), externalId: metadata.externalId, status: 'available' });
    const retry = await postRecording(request, metadata, audio);
    expect(retry.status()).toBe(200);
    expect(await retry.json()).toEqual(created);
  });

  test('the same externalId with other audio is a 409', async ({ request }) => {
    const metadata = callMetadata();
    await postRecording(request, metadata, makeWav(1));
    await expectProblem(await postRecording(request, metadata, makeWav(1, 660)), 409);
  });

  test('concurrent retries of one call create exactly one recording', async ({ request }) => {
    const metadata = callMetadata();
    const audio = makeWav(0.8);
    const responses = await Promise.all(Array.from({ length: 5 }, () => postRecording(request, metadata, audio)));
    expect(responses.map((r) => r.status()).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(await Promise.all(responses.map(async (r) => (await r.json()).id))).size).toBe(1);
  });

  test('accepts Ogg/Opus audio by its bytes', async ({ request }) => {
    const response = await postRecording(request, callMetadata(), makeOggOpusHead(), { mimeType: 'audio/ogg' });
    expect(response.status()).toBe(201);
  });

  test('refuses invalid input with problem+json and stores nothing', async ({ request }) => {
    const before = storedObjects();
    await expectProblem(await postRecording(request, callMetadata({ phone: '0048 600' })), 400, 'metadata.phone');
    await expectProblem(await postRecording(request, callMetadata({ startedAt: '1 października' })), 400, 'metadata.startedAt');
    await expectProblem(await postRecording(request, callMetadata({ purposes: ['marketing'] })), 400, 'metadata.purposes.0');
    await expectProblem(await postRecording(request, callMetadata({ legalBasis: 'consent', consent: undefined })), 400, 'metadata.consent');
    await expectProblem(await postRecording(request, callMetadata(), Buffer.from('Dzień dobry, to jest tekst, a nie dźwięk.'), { mimeType: 'audio/wav' }), 415, 'audio');
    await expectProblem(await postRecording(request, callMetadata(), makeWav(2).subarray(0, 9000)), 400, 'audio');
    await expectProblem(await postRecording(request, callMetadata(), makeWav(1), { mimeType: 'audio/mpeg' }), 415, 'audio');
    const notJson = await request.post('/api/v1/recordings', { headers: ingestHeaders(), multipart: { metadata: '{oops', audio: { name: 'a.wav', mimeType: 'audio/wav', buffer: makeWav(1) } } });
    await expectProblem(notJson, 400, 'metadata');
    await expectProblem(await request.post('/api/v1/recordings', { headers: ingestHeaders(), data: { externalId: 'x' } }), 415);
    expect(storedObjects()).toBe(before);
  });

  test('refuses a body over the size limit with 413 and stores nothing', async ({ request }) => {
    const before = storedObjects();
    await expectProblem(await postRecording(request, callMetadata(), makeWav(150)), 413);
    expect(storedObjects()).toBe(before);
  });

  test('after a refusal the same externalId can still be stored: nothing half-written remained', async ({ request }) => {
    const metadata = callMetadata();
    await postRecording(request, metadata, Buffer.from('not audio'));
    expect((await postRecording(request, metadata)).status()).toBe(201);
  });
});

test.describe('consent check and transcripts', () => {
  test('a line with no withdrawal may be recorded for every purpose; a bad number is a 400', async ({ request }) => {
    const phone = uniquePhone();
    for (const query of [`phone=${encodeURIComponent(phone)}`, `phone=${phone}`]) {
      const response = await request.get(`/api/v1/consent-check?${query}`, { headers: ingestHeaders() });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({
        phone,
        recordingAllowed: true,
        purposes: { quality: true, training: true, contract: true, legal_evidence: true, security: true },
      });
    }
    await expectProblem(await request.get('/api/v1/consent-check?phone=12345', { headers: ingestHeaders() }), 400, 'phone');
  });

  test('a transcript can arrive after its call', async ({ request }) => {
    const created = await (await postRecording(request, callMetadata({ transcript: undefined }))).json();
    const segments = [{ startMs: 0, endMs: 800, speaker: 'customer', text: 'Dzień dobry, mam pytanie.' }];
    const response = await request.put(`/api/v1/recordings/${created.id}/transcript`, { headers: ingestHeaders(), data: { transcript: segments } });
    expect(response.status()).toBe(200);
    await expectProblem(await request.put('/api/v1/recordings/nope/transcript', { headers: ingestHeaders(), data: { transcript: segments } }), 404);
    await expectProblem(await request.put(`/api/v1/recordings/${created.id}/transcript`, { headers: ingestHeaders(), data: { transcript: [{ startMs: 5, endMs: 1, speaker: 'x', text: '' }] } }), 400);
  });
});
