import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { lastCodeFor } from '../support/customer';
import { staffNames } from '../support/staff-browser';
import { openDesk } from '../support/desk';

/**
 * The whole life of an access request (Art. 15) through both real UIs: the customer files it,
 * an agent finds it in the queue, takes it, notes, asks the customer a question (the clock
 * stops), the customer answers in the portal (the clock runs again, the due date moves by
 * the paused day), the agent approves, the package job runs, and the customer downloads the
 * package after confirming a new SMS code.
 */

const desk = openDesk('agent');

const dueOnStaffPage = (page: Page) => page.locator('section[aria-labelledby="request-title"] dd time').first();

test('an access request from filing to the downloaded package', async ({ request }) => {
  test.setTimeout(5 * 60_000);
  const { customer, portal, requestId } = await desk.customerFiles(request, 'access', 2);

  // The agent finds it by the customer number and takes it from the queue.
  const page = desk.agent;
  await page.goto('/staff/requests');
  await page.getByLabel('Szukaj').fill(customer.customerNumber);
  await page.getByRole('button', { name: 'Filtruj' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${customer.customerNumber}`));
  const row = page.locator('tbody tr', { hasText: customer.customerNumber });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dostęp do nagrań');
  await row.getByRole('button', { name: /Przypisz do mnie/ }).click();
  await expect(page.getByText('Wniosek jest przypisany do Ciebie.')).toBeVisible();
  await expect(page.locator('tbody tr', { hasText: customer.customerNumber })).toContainText(staffNames.agent);
  await page.getByRole('link', { name: `Otwórz wniosek klienta ${customer.customerNumber}` }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/requests/${requestId}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="request-title"]')).toContainText(staffNames.agent);

  // An internal note: in the timeline, marked internal, never in the portal.
  await page.locator('#note').fill('Klient dzwonił wcześniej w tej sprawie (notatka E2E).');
  await page.getByRole('button', { name: 'Dodaj notatkę' }).click();
  await expect(page.getByText('Dodano notatkę wewnętrzną.')).toBeVisible();
  const noteEntry = page.locator('section[aria-labelledby="timeline-title"] li', { hasText: 'notatka E2E' });
  await expect(noteEntry).toContainText('wewnętrzne');

  // A question to the customer stops the clock.
  const dueBefore = Date.parse((await dueOnStaffPage(page).getAttribute('datetime'))!);
  await page.locator('#message-text').fill('Prosimy o podanie przybliżonej daty rozmowy, o którą chodzi.');
  await page.getByLabel('Czekamy na odpowiedź (wstrzymuje bieg terminu)').check();
  await page.getByRole('button', { name: 'Wyślij wiadomość' }).click();
  await expect(page.getByText('Bieg terminu jest wstrzymany do jego odpowiedzi.')).toBeVisible();
  await expect(page.getByText('zegar wstrzymany')).toBeVisible();
  await expect(page.getByText('Bieg terminu wstrzymany', { exact: true }).first()).toBeVisible();
  // The queue shows the stopped clock too, so nobody chases a request that waits for the customer.
  await page.goto(`/staff/requests?q=${customer.customerNumber}`);
  await expect(page.locator('tbody tr', { hasText: customer.customerNumber })).toContainText('zegar wstrzymany');

  // The customer sees the question, not an internal code, and answers it in the portal.
  await portal.goto(`/requests/${requestId}`);
  const pauseNotice = portal.locator('div', { has: portal.getByText('Poprosiliśmy Cię o informację') }).last();
  await expect(pauseNotice).toContainText('Nasze pytanie: Prosimy o podanie przybliżonej daty rozmowy');
  await expect(portal.getByText('awaiting_customer')).toHaveCount(0);
  await expect(portal.getByText('notatka E2E')).toHaveCount(0);
  await expectNoAxeViolations(portal);
  const customerDueBefore = await portal.locator('dt', { hasText: 'Odpowiemy do' }).locator('xpath=following-sibling::dd[1]').textContent();
  await portal.getByLabel('Twoja odpowiedź').fill('Chodzi o rozmowę z początku października.');
  await portal.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
  await expect(portal.getByRole('status')).toContainText('Termin znów biegnie');
  await expect(portal.getByText('Poprosiliśmy Cię o informację')).toHaveCount(0);
  await expect(portal.locator('dt', { hasText: 'Odpowiemy do' }).locator('xpath=following-sibling::dd[1]')).not.toHaveText(customerDueBefore!);
  await expect(portal.getByText('Dostaliśmy odpowiedź i wracamy do pracy nad wnioskiem')).toBeVisible();

  // Staff see the answer, the clock running again and the due date moved by the paused day.
  await page.goto(`/staff/requests?q=${customer.customerNumber}`);
  await expect(page.locator('tbody tr', { hasText: customer.customerNumber })).not.toContainText('zegar wstrzymany');
  await page.goto(`/staff/requests/${requestId}`);
  await expect(page.getByText('zegar wstrzymany')).toHaveCount(0);
  await expect(page.getByText('Wcześniejsze wstrzymania')).toBeVisible();
  const timeline = page.locator('section[aria-labelledby="timeline-title"]');
  await expect(timeline).toContainText('Chodzi o rozmowę z początku października.');
  await expect(timeline).toContainText('Bieg terminu wznowiony');
  const dueAfter = Date.parse((await dueOnStaffPage(page).getAttribute('datetime'))!);
  expect(dueAfter - dueBefore).toBe(86_400_000);

  // Approval starts the package job; its progress shows on the request.
  await page.getByRole('button', { name: 'Zatwierdź i przygotuj kopię' }).click();
  await expect(page.getByText('Wniosek zatwierdzony. Paczka dla klienta jest przygotowywana.')).toBeVisible();
  const jobs = page.locator('section[aria-labelledby="jobs-title"]');
  await expect(jobs).toContainText('Paczka z kopią nagrań');
  await expect(async () => {
    await page.reload();
    await expect(jobs).toContainText('zakończone · 2/2', { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.locator('section[aria-labelledby="request-title"]')).toContainText('Zrealizowany');

  // The customer downloads the package after confirming a new SMS code (rule 9).
  await portal.goto(`/requests/${requestId}`);
  await expect(portal.getByRole('link', { name: 'Pobierz kopię nagrań' })).toBeVisible();
  await portal.goto(`/sign-in/reverify?next=${encodeURIComponent(`/requests/${requestId}/package`)}`);
  await portal.getByRole('button', { name: 'Wyślij kod SMS' }).click();
  await expect(portal).toHaveURL(/sent=1/);
  await portal.locator('#code').fill(await lastCodeFor(portal.request, customer.phone));
  const [download] = await Promise.all([portal.waitForEvent('download'), portal.getByRole('button', { name: /potwierdź/i }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  expect(fs.readFileSync((await download.path())!).subarray(0, 2).toString()).toBe('PK');
});
