import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { bearer, seedCustomer, signInWithApi } from '../support/customer';
import { expectVisibleFocus, tabTo } from '../support/keyboard';
import { staffSession } from '../support/staff-browser';

/**
 * Queue triage by keyboard alone (WCAG 2.1.1, 2.4.7): through the filters, into a request,
 * take it, and decide it, with a visible focus ring at every stop.
 */

test.describe.configure({ mode: 'serial' });

let agent: { context: BrowserContext; page: Page };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(15 * 60_000);
  agent = await staffSession(browser, 'agent');
});

test.afterAll(async () => {
  await agent?.context.close();
});

test('an agent filters the queue, opens, takes and approves a request without a mouse', async ({ request }) => {
  const customer = await seedCustomer(request, 1);
  const token = await signInWithApi(request, customer);
  const filed = await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'access' } });
  expect(filed.status()).toBe(201);
  const requestId = (await filed.json()).id as string;

  const page = agent.page;
  await page.goto('/staff/requests');

  // The skip link comes first and is visible when focused.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Przejdź do treści' })).toBeFocused();
  await expectVisibleFocus(page);

  // Every filter in order, each with a visible focus ring.
  await tabTo(page, (element) => element.id === 'q');
  await expectVisibleFocus(page);
  await page.keyboard.type(customer.customerNumber);
  for (const id of ['status', 'type', 'assignee', 'overdue']) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expectVisibleFocus(page);
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Filtruj' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${customer.customerNumber}`));
  await expect(page.locator('tbody tr')).toHaveCount(1);

  // Into the request.
  await tabTo(page, (element) => element.href === `/staff/requests/${requestId}`);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/staff/requests/${requestId}$`));

  // Take it: the result is announced and takes focus, so the keyboard carries on from there.
  await tabTo(page, (element) => element.tag === 'button' && element.text === 'Przypisz do mnie', 120);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const assigned = page.getByRole('status').filter({ hasText: 'Przypisano wniosek.' });
  await expect(assigned).toBeVisible();
  await expect(page.locator('section[aria-labelledby="request-title"]')).toContainText('Agata Konsultantka');

  // Decide it.
  await tabTo(page, (element) => element.tag === 'button' && element.text === 'Zatwierdź i przygotuj kopię', 120);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Wniosek zatwierdzony. Paczka dla klienta jest przygotowywana.' })).toBeVisible();
  await expect(page.locator(':focus')).toContainText('Wniosek zatwierdzony.');
});
