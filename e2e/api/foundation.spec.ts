import { expect, test } from '@playwright/test';

test.describe('health, OpenAPI and cross-cutting API behaviour', () => {
  test('health reports database and storage', async ({ request }) => {
    const response = await request.get('/api/v1/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok', storage: 'ok' });
  });

  test('the OpenAPI document describes the API', async ({ request }) => {
    const response = await request.get('/api/v1/openapi.json');
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/health');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/staff/audit/export', '/staff/audit/calls/{id}/export', '/staff/audit/dashboard/{dataset}']));
  });

  test('an unknown API address answers problem+json 404 without internals', async ({ request }) => {
    const response = await request.get('/api/v1/no-such-thing');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    const body = await response.json();
    expect(body).toMatchObject({ status: 404, title: 'Not found', type: '/api/v1/problems/not-found' });
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|\/work\//);
  });

  test('problem details follow Accept-Language', async ({ request }) => {
    const response = await request.get('/api/v1/no-such-thing', { headers: { 'accept-language': 'pl-PL,pl;q=0.9' } });
    expect((await response.json()).title).toBe('Nie znaleziono');
  });

  test('every response carries the security headers and no X-Powered-By', async ({ request }) => {
    for (const path of ['/', '/api/v1/health']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  test('each page gets its own CSP nonce', async ({ request }) => {
    const nonceOf = async () => (await request.get('/')).headers()['content-security-policy']!.match(/nonce-([^']+)/)![1];
    expect(await nonceOf()).not.toBe(await nonceOf());
  });
});
