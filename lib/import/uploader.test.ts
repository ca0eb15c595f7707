import { describe, expect, it } from 'vitest';
import { UnreadableFileError, type MultipartPost, type PostResponse } from './http-post';
import { PortalError, backoffDelayMs, checkPortal, createUploader, defaultRetryPolicy, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './uploader';

const audio = { path: '/archive/2024/call.wav', contentType: 'audio/wav', size: 21 };
const metadata = { externalId: 'archive-1', phone: '+48600100201' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}): PostResponse => ({
  status,
  header: (name) => headers[name],
  body: JSON.stringify(body),
});

/** A fake portal answering from a script, one answer (or thrown error) per request. */
function fakePortal(answers: (PostResponse | Error)[], policy?: RetryPolicy) {
  const requests: MultipartPost[] = [];
  const sleeps: number[] = [];
  const post = async (request: MultipartPost) => {
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error('the fake portal has no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const upload = createUploader({ baseUrl: 'http://portal:3000', key: 'secret-key', post, sleep: async (ms) => void sleeps.push(ms), random: () => 1, policy });
  return { upload, requests, sleeps };
}

const networkError = () => Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:3000'), { code: 'ECONNREFUSED' });

describe('upload', () => {
  it('sends the key, the metadata JSON and the audio with its type and name, and reads 201 as imported', async () => {
    const portal = fakePortal([json(201, { id: 'rec-1', externalId: 'archive-1', status: 'available' })]);
    expect(await portal.upload(metadata, audio)).toEqual({ outcome: 'imported', status: 201, id: 'rec-1' });
    const [request] = portal.requests;
    expect(request!.url.href).toBe('http://portal:3000/api/v1/recordings');
    expect(request!.headers).toMatchObject({ authorization: 'Bearer secret-key' });
    expect(JSON.parse(request!.metadataJson)).toEqual(metadata);
    expect(request!.audio).toEqual({ path: '/archive/2024/call.wav', contentType: 'audio/wav', filename: 'call.wav' });
  });

  it('reads 200 as already present', async () => {
    const portal = fakePortal([json(200, { id: 'rec-1' })]);
    expect(await portal.upload(metadata, audio)).toMatchObject({ outcome: 'present', status: 200 });
  });

  it('retries 5xx and network errors with growing delays', async () => {
    const portal = fakePortal([json(503, { status: 503 }), networkError(), json(502, {}), json(201, { id: 'rec-1' })]);
    expect(await portal.upload(metadata, audio)).toMatchObject({ outcome: 'imported' });
    expect(portal.sleeps).toEqual([1000, 2000, 4000]);
    expect(portal.requests).toHaveLength(4);
  });

  it('honours Retry-After on a 429, in seconds or as a date', async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const portal = fakePortal([json(429, {}, { 'retry-after': '7' }), json(429, {}, { 'retry-after': inTenSeconds }), json(201, { id: 'rec-1' })]);
    expect(await portal.upload(metadata, audio)).toMatchObject({ outcome: 'imported' });
    expect(portal.sleeps[0]).toBe(7000);
    expect(portal.sleeps[1]).toBeGreaterThan(5000);
    expect(portal.sleeps[1]).toBeLessThanOrEqual(10_000);
  });

  it('gives up after the last attempt and reports the last failure', async () => {
    const portal = fakePortal(Array.from({ length: defaultRetryPolicy.maxAttempts }, networkError));
    const result = await portal.upload(metadata, audio);
    expect(result).toEqual({ outcome: 'failed', problem: { detail: 'network error: connect ECONNREFUSED 10.0.0.5:3000' } });
    expect(portal.requests).toHaveLength(defaultRetryPolicy.maxAttempts);
    expect(portal.sleeps).toHaveLength(defaultRetryPolicy.maxAttempts - 1);
  });

  it('never retries a refusal, and keeps the problem’s field errors', async () => {
    for (const status of [400, 404, 409, 413, 415]) {
      const problem = { type: '/api/v1/problems/x', title: 'x', status, detail: 'no', errors: [{ field: 'metadata.purposes.1', message: 'must be one of …' }] };
      const portal = fakePortal([json(status, problem)]);
      expect(await portal.upload(metadata, audio)).toEqual({ outcome: 'refused', status, problem });
      expect(portal.requests).toHaveLength(1);
    }
  });

  it('keeps the gist of an error that is not problem+json (a proxy page)', async () => {
    const portal = fakePortal([{ status: 413, header: () => undefined, body: '<html><body><h1>413 Request Entity Too Large</h1></body></html>' }]);
    expect(await portal.upload(metadata, audio)).toMatchObject({ outcome: 'refused', status: 413, problem: { detail: '413 Request Entity Too Large' } });
  });

  it('stops the whole import on a refused key or a redirect, instead of refusing every row', async () => {
    await expect(fakePortal([json(401, {})]).upload(metadata, audio)).rejects.toThrow(PortalError);
    await expect(fakePortal([json(308, {}, { location: 'https://portal/api/v1/recordings' })]).upload(metadata, audio)).rejects.toThrow(/https:\/\/portal/);
  });

  it('refuses a row whose file has gone since the manifest was checked, without retrying', async () => {
    const portal = fakePortal([new UnreadableFileError('cannot read /archive/2024/call.wav (ENOENT)')]);
    expect(await portal.upload(metadata, audio)).toMatchObject({ outcome: 'refused', problem: { errors: [{ field: 'file' }] } });
    expect(portal.requests).toHaveLength(1);
  });

  it('tells the caller about each retry', async () => {
    const notices: string[] = [];
    const portal = fakePortal([json(500, {}), json(201, { id: 'rec-1' })]);
    await portal.upload(metadata, audio, (notice) => notices.push(`${notice.reason} ${notice.attempt}/${notice.maxAttempts} ${notice.delayMs}`));
    expect(notices).toEqual(['HTTP 500 1/6 1000']);
  });
});

describe('retry policy', () => {
  const policy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };

  it('doubles the delay per retry up to the cap, with jitter in the upper half', () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => backoffDelayMs(retry, policy, () => 1))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect([0, 1, 2].map((retry) => backoffDelayMs(retry, policy, () => 0))).toEqual([500, 1000, 2000]);
  });

  it('retries only 429 and 5xx', () => {
    expect([400, 401, 404, 409, 413, 415, 422, 429, 500, 502, 503].filter(isRetryableStatus)).toEqual([429, 500, 502, 503]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('caps a very long Retry-After', async () => {
    const portal = fakePortal([json(429, {}, { 'retry-after': '86400' }), json(201, { id: 'rec-1' })], policy);
    await portal.upload(metadata, audio);
    expect(portal.sleeps).toEqual([60_000]);
  });
});

describe('checkPortal', () => {
  const answer = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

  it('passes a healthy portal and names what is down or unreachable', async () => {
    await expect(checkPortal('http://portal:3000', answer(200, { status: 'ok' }))).resolves.toBeUndefined();
    await expect(checkPortal('http://portal:3000', answer(503, { status: 'degraded', database: 'down', storage: 'ok' }))).rejects.toThrow(/answered 503, database down/);
    const unreachable = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 10.0.0.5:3000') });
    }) as typeof fetch;
    await expect(checkPortal('http://portal:3000', unreachable)).rejects.toThrow(/cannot reach the portal at http:\/\/portal:3000 \(fetch failed: connect ECONNREFUSED/);
  });
});
