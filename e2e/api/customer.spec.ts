import { expect, test, type APIResponse } from '@playwright/test';
import { makeWav } from '../../test/audio';
import { ingestHeaders } from '../support/ingest';
import { bearer, freshAddress, lastCodeFor, seedCustomer, signInWithApi } from '../support/customer';

async function expectProblem(response: APIResponse, status: number, field?: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const body = await response.json();
  if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  return body;
}

const challenge = (request: import('@playwright/test').APIRequestContext, data: object, headers = freshAddress()) =>
  request.post('/api/v1/auth/challenge', { headers, data });

test.describe('customer sign-in by SMS code', () => {
  test('answers 202 whether or not the pair matches, and texts only the real owner', async ({ request }) => {
    const customer = await seedCustomer(request, 0);
    const wrongPair = await challenge(request, { phone: customer.phone, customerNumber: 'C-NOT-MINE' });
    const rightPair = await challenge(request, { phone: customer.phone, customerNumber: customer.customerNumber });
    expect(wrongPair.status()).toBe(202);
    expect(rightPair.status()).toBe(202);
    expect(Object.keys(await wrongPair.json()).sort()).toEqual(['challengeId', 'expiresAt']);
    const sink = await (await request.get(`${process.env.SMS_SINK_URL}/messages?to=${encodeURIComponent(customer.phone)}`)).json();
    expect(sink).toHaveLength(1);
    await expectProblem(await challenge(request, { phone: 'abc', customerNumber: 'C-1' }), 400, 'phone');
  });

  test('a code works once; a wrong code is a 401; five wrong codes kill the challenge even for the right one', async ({ request }) => {
    const customer = await seedCustomer(request, 0);
    const first = await (await challenge(request, { phone: customer.phone, customerNumber: customer.customerNumber })).json();
    const code = await lastCodeFor(request, customer.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    await expectProblem(await request.post('/api/v1/auth/verify', { data: { challengeId: first.challengeId, code: wrong } }), 401);
    const ok = await request.post('/api/v1/auth/verify', { data: { challengeId: first.challengeId, code } });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
    await expectProblem(await request.post('/api/v1/auth/verify', { data: { challengeId: first.challengeId, code } }), 401);

    const second = await (await challenge(request, { phone: customer.phone, customerNumber: customer.customerNumber })).json();
    const secondCode = await lastCodeFor(request, customer.phone);
    const secondWrong = secondCode === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expectProblem(await request.post('/api/v1/auth/verify', { data: { challengeId: second.challengeId, code: secondWrong } }), 401);
    }
    await expectProblem(await request.post('/api/v1/auth/verify', { data: { challengeId: second.challengeId, code: secondCode } }), 401);
  });

  test('repeated challenges for one phone are rate limited with Retry-After', async ({ request }) => {
    const customer = await seedCustomer(request, 0);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await challenge(request, { phone: customer.phone, customerNumber: customer.customerNumber })).status());
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    const limited = await challenge(request, { phone: customer.phone, customerNumber: 'C-OTHER' });
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  });
});

test.describe('the customer API', () => {
  test('needs a token', async ({ request }) => {
    await expectProblem(await request.get('/api/v1/me/recordings'), 401);
    await expectProblem(await request.get('/api/v1/me/recordings', { headers: bearer('made-up-token') }), 401);
  });

  test('lists the caller’s calls newest first with cursor pagination and validates its parameters', async ({ request }) => {
    const customer = await seedCustomer(request, 3);
    const token = await signInWithApi(request, customer);
    const page1 = await (await request.get('/api/v1/me/recordings?limit=2', { headers: bearer(token) })).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]).toMatchObject({ id: customer.recordingIds[2], durationSeconds: 2, direction: 'inbound', purposes: ['quality'], legalBasis: 'consent', status: 'available' });
    const page2 = await (await request.get(`/api/v1/me/recordings?limit=2&cursor=${page1.nextCursor}`, { headers: bearer(token) })).json();
    expect(page2.items.map((item: { id: string }) => item.id)).toEqual([customer.recordingIds[0]]);
    expect(page2.nextCursor).toBeNull();
    await expectProblem(await request.get('/api/v1/me/recordings?limit=0', { headers: bearer(token) }), 400, 'limit');
    await expectProblem(await request.get('/api/v1/me/recordings?limit=abc', { headers: bearer(token) }), 400, 'limit');
    await expectProblem(await request.get('/api/v1/me/recordings?limit=101', { headers: bearer(token) }), 400, 'limit');
    await expectProblem(await request.get('/api/v1/me/recordings?cursor=garbage!', { headers: bearer(token) }), 400, 'cursor');
  });

  test('serves one call with its transcript, and its audio with byte ranges', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const token = await signInWithApi(request, customer);
    const id = customer.recordingIds[0]!;
    const detail = await (await request.get(`/api/v1/me/recordings/${id}`, { headers: bearer(token) })).json();
    expect(detail.transcript).toHaveLength(2);
    expect(detail.consent[0]).toMatchObject({ purpose: 'quality', action: 'given', method: 'ivr' });

    const original = makeWav(2, 300);
    const whole = await request.get(`/api/v1/me/recordings/${id}/audio`, { headers: bearer(token) });
    expect(whole.status()).toBe(200);
    expect(whole.headers()['accept-ranges']).toBe('bytes');
    expect(whole.headers()['cache-control']).toContain('no-store');
    expect(Buffer.compare(await whole.body(), original)).toBe(0);
    const part = await request.get(`/api/v1/me/recordings/${id}/audio`, { headers: { ...bearer(token), range: 'bytes=100-70000' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe(`bytes 100-${original.length - 1}/${original.length}`);
    expect(Buffer.compare(await part.body(), original.subarray(100))).toBe(0);
    expect((await request.get(`/api/v1/me/recordings/${id}/audio`, { headers: { ...bearer(token), range: `bytes=${original.length}-` } })).status()).toBe(416);
  });

  test('files an access request due one month later, and lists it', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const token = await signInWithApi(request, customer);
    const response = await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'access' } });
    expect(response.status()).toBe(201);
    const filed = await response.json();
    expect(filed).toMatchObject({ type: 'access', status: 'received' });
    const days = (Date.parse(filed.dueAt) - Date.parse(filed.receivedAt)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(28);
    expect(days).toBeLessThanOrEqual(35);
    const list = await (await request.get('/api/v1/me/requests', { headers: bearer(token) })).json();
    expect(list.items[0]).toMatchObject({ id: filed.id, recordings: [{ id: customer.recordingIds[0] }], events: [{ kind: 'received' }] });
    await expectProblem(await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'forget-me' } }), 400, 'type');
    await expectProblem(await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'consent_withdrawal' } }), 400, 'purposes');
  });

  test('a consent withdrawal completes at once and the IVR sees it immediately', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const token = await signInWithApi(request, customer);
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'consent_withdrawal', purposes: ['quality'] } })).json();
    expect(filed.status).toBe('completed');
    const check = await (await request.get(`/api/v1/consent-check?phone=${encodeURIComponent(customer.phone)}`, { headers: ingestHeaders() })).json();
    expect(check.purposes).toMatchObject({ quality: false, training: true });
    // The call was recorded on that consent alone: the background job erases it (rule 20).
    await expect
      .poll(async () => (await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(token) })).json()).recordings, { timeout: 30_000 })
      .toEqual([{ id: customer.recordingIds[0], outcome: 'erased' }]);
    expect((await (await request.get(`/api/v1/me/recordings/${customer.recordingIds[0]}`, { headers: bearer(token) })).json()).status).toBe('erased');
  });

  test('never shows one customer’s calls or requests to another (404, not 403)', async ({ request }) => {
    const owner = await seedCustomer(request, 1);
    const stranger = await seedCustomer(request, 0);
    const ownerToken = await signInWithApi(request, owner);
    const strangerToken = await signInWithApi(request, stranger);
    const requestId = (await (await request.post('/api/v1/me/requests', { headers: bearer(ownerToken), data: { type: 'access' } })).json()).id;
    const id = owner.recordingIds[0];
    for (const path of [`/api/v1/me/recordings/${id}`, `/api/v1/me/recordings/${id}/audio`, `/api/v1/me/requests/${requestId}`]) {
      await expectProblem(await request.get(path, { headers: bearer(strangerToken) }), 404);
    }
    await expectProblem(await request.post('/api/v1/me/requests', { headers: bearer(strangerToken), data: { type: 'erasure', recordingIds: [id] } }), 404, 'recordingIds');
    expect((await (await request.get('/api/v1/me/recordings', { headers: bearer(strangerToken) })).json()).items).toEqual([]);
  });
});
