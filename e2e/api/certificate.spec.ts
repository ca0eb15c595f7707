import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { bearer, seedCustomer, signInWithApi } from '../support/customer';
import { signInBootstrapAdmin } from '../support/staff';

async function expectProblem(response: APIResponse, status: number) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/problem+json');
}

/** A customer with two calls whose erasure request met a legal hold on the first: partially completed. */
async function erasedWithHold(request: APIRequestContext) {
  const customer = await seedCustomer(request, 2);
  const token = await signInWithApi(request, customer);
  const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'erasure' } })).json();
  const staff = await signInBootstrapAdmin(request);
  expect((await request.post(`/api/v1/staff/recordings/${customer.recordingIds[0]}/hold`, { headers: bearer(staff), data: { reason: 'Complaint 4/2026' } })).status()).toBe(201);
  expect(await (await request.post(`/api/v1/staff/requests/${filed.id}/actions`, { headers: bearer(staff), data: { action: 'approve' } })).json()).toEqual({ status: 'partially_completed' });
  return { customer, token, staff, requestId: filed.id as string };
}

test.describe('erasure certificate API', () => {
  test('the customer reads their own certificate; anyone else gets a 404 problem', async ({ request }) => {
    const { customer, token, staff, requestId } = await erasedWithHold(request);
    const [held, erased] = customer.recordingIds as [string, string];

    const detail = await (await request.get(`/api/v1/me/requests/${requestId}`, { headers: bearer(token) })).json();
    expect(detail.certificate).toEqual({ url: `/api/v1/me/requests/${requestId}/certificate`, issuedAt: expect.any(String) });

    const response = await request.get(detail.certificate.url, { headers: bearer(token) });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const { certificate, issuance } = await response.json();
    expect(certificate).toMatchObject({ kind: 'wglad.erasure-certificate', version: 1, requestId, customerNumber: customer.customerNumber, status: 'partially_completed', summary: { erased: 1, kept: 1 } });
    const outcomes = Object.fromEntries(certificate.calls.map((call: { recordingId: string; outcome: string }) => [call.recordingId, call.outcome]));
    expect(outcomes).toEqual({ [held]: 'kept_legal_hold', [erased]: 'erased' });
    expect(issuance.auditEvent.seq).toMatch(/^\d+$/);
    expect(BigInt(issuance.auditEvent.seq)).toBeGreaterThan(BigInt(certificate.audit.statusChange.seq));
    const text = JSON.stringify(certificate);
    expect(text).not.toContain(customer.phone);
    expect(text).not.toContain('Dzień dobry');

    // Staff who read requests see the same certificate.
    const staffView = await (await request.get(`/api/v1/staff/requests/${requestId}/certificate`, { headers: bearer(staff) })).json();
    expect(staffView.certificate.certificateId).toBe(certificate.certificateId);

    const stranger = await seedCustomer(request, 1);
    await expectProblem(await request.get(detail.certificate.url, { headers: bearer(await signInWithApi(request, stranger)) }), 404);
    await expectProblem(await request.get(detail.certificate.url), 401);
    await expectProblem(await request.get(`/api/v1/staff/requests/${requestId}/certificate`), 401);
  });

  test('a request that is not a fulfilled erasure has no certificate', async ({ request }) => {
    const customer = await seedCustomer(request, 1);
    const token = await signInWithApi(request, customer);
    const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'erasure' } })).json();
    await expectProblem(await request.get(`/api/v1/me/requests/${filed.id}/certificate`, { headers: bearer(token) }), 404);
    expect((await (await request.get(`/api/v1/me/requests/${filed.id}`, { headers: bearer(token) })).json()).certificate).toBeUndefined();
  });

  test('the OpenAPI document describes the certificate', async ({ request }) => {
    const document = await (await request.get('/api/v1/openapi.json')).json();
    expect(document.paths['/me/requests/{id}/certificate'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErasureCertificate' });
    expect(document.paths['/staff/requests/{id}/certificate'].get).toBeDefined();
    expect(document.components.schemas.ErasureCertificate.properties.certificate.required).toEqual(expect.arrayContaining(['requestId', 'customerNumber', 'calls', 'audit']));
  });
});
