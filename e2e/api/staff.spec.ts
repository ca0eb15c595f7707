import { expect, test, type APIResponse } from '@playwright/test';
import { bearer, seedCustomer, signInWithApi } from '../support/customer';
import { signInBootstrapAdmin } from '../support/staff';

async function expectProblem(response: APIResponse, status: number, field?: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  const body = await response.json();
  if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  return body;
}

const act = (request: import('@playwright/test').APIRequestContext, token: string, id: string, data: object) =>
  request.post(`/api/v1/staff/requests/${id}/actions`, { headers: bearer(token), data });

test.describe('staff API', () => {
  test('signs staff in with e-mail and password; refuses a wrong password and bad input', async ({ request }) => {
    expect(await signInBootstrapAdmin(request)).toEqual(expect.any(String));
    await expectProblem(await request.post('/api/v1/staff/auth', { data: { email: process.env.ADMIN_EMAIL, password: 'not-the-password' } }), 401);
    await expectProblem(await request.post('/api/v1/staff/auth', { data: { email: 'not an email' } }), 400, 'email');
    await expectProblem(await request.get('/api/v1/staff/requests'), 401);
  });

  test('shows a customer’s request in the queue, oldest due date first, with the customer number', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const customerToken = await signInWithApi(request, customer);
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(customerToken), data: { type: 'access' } })).json();
    const staff = await signInBootstrapAdmin(request);
    const queue = await (await request.get(`/api/v1/staff/requests?q=${customer.customerNumber}`, { headers: bearer(staff) })).json();
    expect(queue.items).toEqual([expect.objectContaining({ id: filed.id, customerNumber: customer.customerNumber, status: 'received' })]);
    const all = await (await request.get('/api/v1/staff/requests?limit=100', { headers: bearer(staff) })).json();
    const dues = all.items.map((item: { dueAt: string }) => Date.parse(item.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    await expectProblem(await request.get('/api/v1/staff/requests?status=lost', { headers: bearer(staff) }), 400, 'status');
  });

  test('an erasure that meets a legal hold erases the rest and ends partially completed', async ({ request }) => {
    const customer = await seedCustomer(request, 2);
    const customerToken = await signInWithApi(request, customer);
    const [held, free] = customer.recordingIds as [string, string];
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(customerToken), data: { type: 'erasure' } })).json();
    const staff = await signInBootstrapAdmin(request);
    expect((await request.post(`/api/v1/staff/recordings/${held}/hold`, { headers: bearer(staff), data: { reason: 'Open complaint no. 17/2026' } })).status()).toBe(201);
    await expectProblem(await request.post(`/api/v1/staff/recordings/${held}/hold`, { headers: bearer(staff), data: { reason: 'Again, the same complaint' } }), 409);

    const decision = await act(request, staff, filed.id, { action: 'approve' });
    expect(await decision.json()).toEqual({ status: 'partially_completed' });
    const detail = await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(customerToken) })).json();
    expect(detail.recordings).toEqual(expect.arrayContaining([{ id: held, outcome: 'kept_legal_hold' }, { id: free, outcome: 'erased' }]));
    await expectProblem(await request.get(`/api/v1/me/recordings/${free}/audio`, { headers: bearer(customerToken) }), 410);
    const erased = await (await request.get(`/api/v1/me/recordings/${free}`, { headers: bearer(customerToken) })).json();
    expect(erased).toMatchObject({ status: 'erased', transcript: [] });
    expect((await request.get(`/api/v1/me/recordings/${held}/audio`, { headers: bearer(customerToken) })).status()).toBe(200);
    await expectProblem(await act(request, staff, filed.id, { action: 'approve' }), 409);

    expect((await request.delete(`/api/v1/staff/recordings/${held}/hold`, { headers: bearer(staff), data: { reason: 'Complaint closed' } })).status()).toBe(200);
    await expectProblem(await request.delete(`/api/v1/staff/recordings/${held}/hold`, { headers: bearer(staff), data: { reason: 'Complaint closed' } }), 404);
  });

  test('a rejection needs a legal ground and a reason, and ends the request', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const customerToken = await signInWithApi(request, customer);
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(customerToken), data: { type: 'restriction' } })).json();
    const staff = await signInBootstrapAdmin(request);
    await expectProblem(await act(request, staff, filed.id, { action: 'reject' }), 400, 'reason');
    await expectProblem(await act(request, staff, filed.id, { action: 'reject', reason: 'Bez powodu? Nie.', legalGround: 'because' }), 400, 'legalGround');
    await expectProblem(await act(request, staff, filed.id, { action: 'dance' }), 400);
    const rejected = await act(request, staff, filed.id, { action: 'reject', reason: 'Żądanie jest ewidentnie nieuzasadnione.', legalGround: 'art_12_5_manifestly_unfounded' });
    expect(await rejected.json()).toEqual({ status: 'rejected' });
    const detail = await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(customerToken) })).json();
    expect(detail.decision).toEqual({ reason: 'Żądanie jest ewidentnie nieuzasadnione.', legalGround: 'art_12_5_manifestly_unfounded' });
    await expectProblem(await act(request, staff, filed.id, { action: 'extend', reason: 'Za późno na to.', extendByDays: 10 }), 409);
  });

  test('an extension moves the due date by at most two months in all', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const customerToken = await signInWithApi(request, customer);
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(customerToken), data: { type: 'objection', purposes: ['quality'] } })).json();
    const staff = await signInBootstrapAdmin(request);
    await expectProblem(await act(request, staff, filed.id, { action: 'extend', reason: 'Analiza wielu systemów.', extendByDays: 62 + 31 }), 400, 'extendByDays');
    const extended = await act(request, staff, filed.id, { action: 'extend', reason: 'Analiza nagrań z wielu systemów.', extendByDays: 30 });
    expect(await extended.json()).toEqual({ status: 'extended' });
    const detail = await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(customerToken) })).json();
    expect(Date.parse(detail.dueAt)).toBeGreaterThan(Date.parse(filed.dueAt) + 29 * 86_400_000);
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['received', 'extended']);
    await expectProblem(await act(request, staff, filed.id, { action: 'extend', reason: 'Jeszcze raz, za dużo.', extendByDays: 40 }), 400, 'extendByDays');
  });

  test('holds on unknown calls are 404', async ({ request }) => {
    const staff = await signInBootstrapAdmin(request);
    await expectProblem(await request.post('/api/v1/staff/recordings/nope/hold', { headers: bearer(staff), data: { reason: 'Open complaint' } }), 404);
  });
});

test.describe('fulfilment', () => {
  test('an approved access request becomes a downloadable package built by the background job', async ({ request }) => {
    const customer = await seedCustomer(request, 2);
    const customerToken = await signInWithApi(request, customer);
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(customerToken), data: { type: 'access' } })).json();
    await expectProblem(await request.get(`/api/v1/me/requests/${filed.id}/package`, { headers: bearer(customerToken) }), 409);
    const staff = await signInBootstrapAdmin(request);
    expect(await (await act(request, staff, filed.id, { action: 'approve' })).json()).toEqual({ status: 'in_progress' });

    await expect
      .poll(async () => (await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(customerToken) })).json()).status, { timeout: 30_000 })
      .toBe('completed');
    const detail = await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(customerToken) })).json();
    expect(detail.package).toEqual({ url: `/api/v1/me/requests/${filed.id}/package`, expiresAt: expect.any(String) });
    const zip = await request.get(detail.package.url, { headers: bearer(customerToken) });
    expect(zip.status()).toBe(200);
    expect(zip.headers()['content-type']).toBe('application/zip');
    expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');
    const stranger = await signInWithApi(request, await seedCustomer(request, 0));
    await expectProblem(await request.get(detail.package.url, { headers: bearer(stranger) }), 404);
  });
});
