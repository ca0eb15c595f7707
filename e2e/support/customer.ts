import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { makeWav } from '../../test/audio';
import { callMetadata, postRecording, putCustomer, uniquePhone } from './ingest';

/** Each test seeds a customer of its own, so tests never depend on one another. */
export interface SeededCustomer {
  customerNumber: string;
  phone: string;
  recordingIds: string[];
}

export async function seedCustomer(request: APIRequestContext, calls = 2): Promise<SeededCustomer> {
  const customerNumber = `C-${randomUUID().slice(0, 8).toUpperCase()}`;
  const phone = uniquePhone();
  expect((await putCustomer(request, customerNumber, { fullName: 'Klient Testowy', lines: [{ phone, activeFrom: '2020-01-01T00:00:00Z' }] })).status()).toBe(201);
  const recordingIds: string[] = [];
  for (let index = 0; index < calls; index += 1) {
    const startedAt = new Date(Date.UTC(2026, 9, 1 + index, 9, 30)).toISOString();
    const transcript = [
      { startMs: 0, endMs: 900, speaker: 'agent', text: 'Dzień dobry, w czym mogę pomóc?' },
      { startMs: 1000, endMs: 1900, speaker: 'customer', text: 'Chciałbym zapytać o fakturę.' },
    ];
    const response = await postRecording(request, callMetadata({ phone, startedAt, transcript }), makeWav(2, 300 + index * 40));
    expect(response.status()).toBe(201);
    recordingIds.push((await response.json()).id);
  }
  return { customerNumber, phone, recordingIds };
}

/** The last one-time code the stand-in SMS gateway received for this phone. */
export async function lastCodeFor(request: APIRequestContext, phone: string): Promise<string> {
  const sink = process.env.SMS_SINK_URL;
  if (!sink) throw new Error('SMS_SINK_URL must be set (npm test starts the stand-in gateway).');
  const messages = (await (await request.get(`${sink}/messages?to=${encodeURIComponent(phone)}`)).json()) as { text: string }[];
  const code = messages.at(-1)?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code was sent to ${phone}`);
  return code;
}

/**
 * Every test comes from 127.0.0.1; a documentation-range address per sign-in keeps the
 * per-address limit from mixing tests together (the portal trusts its proxy's X-Forwarded-For).
 */
export const freshAddress = () => ({ 'x-forwarded-for': `192.0.2.${Math.floor(Math.random() * 254) + 1}, 198.51.100.${Math.floor(Math.random() * 254) + 1}` });

export async function signInWithApi(request: APIRequestContext, customer: { phone: string; customerNumber: string }): Promise<string> {
  const challenge = await request.post('/api/v1/auth/challenge', { headers: freshAddress(), data: { phone: customer.phone, customerNumber: customer.customerNumber } });
  expect(challenge.status()).toBe(202);
  const { challengeId } = await challenge.json();
  const verify = await request.post('/api/v1/auth/verify', { data: { challengeId, code: await lastCodeFor(request, customer.phone) } });
  expect(verify.status()).toBe(200);
  return (await verify.json()).token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Signs the customer in on /sign-in with an SMS code from the stand-in gateway; lands on the calls. */
export async function signInCustomerInBrowser(page: Page, customer: { phone: string; customerNumber: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('#phone').fill(customer.phone);
  await page.locator('#customerNumber').fill(customer.customerNumber);
  await page.getByRole('button', { name: /wyślij kod|text me a code/i }).click();
  await expect(page).toHaveURL(/\/sign-in\/code/);
  await page.locator('#code').fill(await lastCodeFor(page.request, customer.phone));
  await page.getByRole('button', { name: /potwierdź|confirm/i }).click();
  await expect(page).toHaveURL(/\/calls$/);
}

/** Files a request about all the customer's calls through the portal's form; returns the new request's id. */
export async function fileRequestInBrowser(page: Page, type: 'access' | 'erasure' | 'restriction'): Promise<string> {
  await page.goto(`/requests/new?type=${type}`);
  await page.getByRole('button', { name: /złóż wniosek|submit the request/i }).click();
  await expect(page).toHaveURL(/\/requests\/[^/?]+\?filed=1$/);
  return new URL(page.url()).pathname.split('/').at(-1)!;
}
