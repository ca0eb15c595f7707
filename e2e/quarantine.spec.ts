import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { bearer, seedCustomer, signInWithApi } from './support/customer';
import { callMetadata, postRecording } from './support/ingest';
import { staffSession } from './support/staff-browser';

/**
 * Calls that arrive after the customer withdrew consent for all their purposes are
 * quarantined; the DPO (here the bootstrap admin, admin + dpo) releases one with a reason and
 * erases the other, by keyboard, and the customer sees exactly the released one.
 */
test('a DPO releases one quarantined call with a reason and erases another', async ({ browser, request }) => {
  test.setTimeout(15 * 60_000);
  const customer = await seedCustomer(request, 0);
  const token = await signInWithApi(request, customer);
  const withdrawal = await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'consent_withdrawal', purposes: ['quality', 'training'] } });
  expect(withdrawal.status()).toBe(201);
  const ids: string[] = [];
  for (const startedAt of ['2026-10-05T10:00:00Z', '2026-10-06T10:00:00Z']) {
    const response = await postRecording(request, callMetadata({ phone: customer.phone, startedAt, legalBasis: 'legitimate_interest', consent: undefined }));
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { id: string; status: string };
    expect(body.status).toBe('quarantined');
    ids.push(body.id);
  }
  const customerCalls = async () =>
    ((await (await request.get('/api/v1/me/recordings', { headers: bearer(token) })).json()) as { items: { id: string; status: string }[] }).items
      .map((call) => `${call.id}:${call.status}`)
      .sort();
  expect(await customerCalls()).toEqual([]);

  const { context, page } = await staffSession(browser, 'bootstrap');
  await page.goto('/staff');
  await page.getByRole('link', { name: 'Kwarantanna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nagrania w kwarantannie' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kwarantanna' })).toHaveAttribute('aria-current', 'page');
  const items = page.locator('li', { hasText: customer.customerNumber });
  await expect(items).toHaveCount(2);
  await expectNoAxeViolations(page);

  // Release the first: a reason is required, and the field says so.
  const first = items.first();
  await first.locator('summary', { hasText: 'Udostępnij z podaniem powodu' }).click();
  await first.getByRole('button', { name: 'Udostępnij nagranie' }).click();
  const reason = first.getByLabel('Dlaczego to nagranie może zostać zachowane?');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toBeFocused();
  await expectNoAxeViolations(page);
  await reason.fill('Klient potwierdził zgodę; odnaleziono dowód naciśnięcia klawisza.');
  await first.getByRole('button', { name: 'Udostępnij nagranie' }).click();
  await expect(page.getByRole('status')).toContainText('Nagranie zostało udostępnione');
  await expect(items).toHaveCount(1);
  expect(await customerCalls()).toEqual([`${ids[0]}:available`]);

  // Erase the other, keyboard only: open, tick the confirmation, press the button.
  await items.first().locator('summary', { hasText: 'Usuń teraz' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(items.first().getByLabel('Rozumiem, że nagranie zostanie usunięte nieodwracalnie')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(items.first().getByRole('button', { name: 'Usuń nagranie' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Nagranie zostało usunięte.');
  await expect(items).toHaveCount(0);
  // The erased call is listed as what it now is, a tombstone with nothing to play.
  expect(await customerCalls()).toEqual([`${ids[0]}:available`, `${ids[1]}:erased`].sort());
  await context.close();
});
