import { expect, type APIRequestContext } from '@playwright/test';

/** The bootstrap admin (admin + dpo) that `npm test` configures through ADMIN_EMAIL/ADMIN_PASSWORD. */
let cachedToken: string | undefined;

/**
 * One sign-in per test worker: staff sign-in is rate limited per e-mail (10 in 10 minutes), and
 * the browser specs sign this account in too.
 */
export async function signInBootstrapAdmin(request: APIRequestContext): Promise<string> {
  if (cachedToken) return cachedToken;
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD must be set (npm test sets them).');
  const response = await request.post('/api/v1/staff/auth', { headers: { 'x-forwarded-for': '192.0.2.250' }, data: { email, password } });
  expect(response.status()).toBe(200);
  cachedToken = (await response.json()).token as string;
  return cachedToken;
}
