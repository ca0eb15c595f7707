import { expect, test, type Page } from '@playwright/test';
import { freshAddress, lastCodeFor, seedCustomer } from './support/customer';

test.use({ extraHTTPHeaders: freshAddress() });

/**
 * Letters only Polish uses. The seeded customer's data (name, transcripts) stays out of the
 * pages checked here, so any of these on an English page is an untranslated string.
 */
const polishLetters = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/;

async function expectNoPolishIn(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await page.locator('main').innerText();
  expect(text.match(new RegExp(`.{0,30}${polishLetters.source}.{0,30}`))?.[0] ?? null, `Polish text on ${page.url()}`).toBeNull();
}

test('a customer who chooses English walks every step in English', async ({ page, request }) => {
  const customer = await seedCustomer(request, 2);

  // The switch is an ordinary form button, chosen the way a visitor would.
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoPolishIn(page);

  await page.getByLabel(/phone number/i).fill(customer.phone);
  await page.getByLabel(/customer number/i).first().fill(customer.customerNumber);
  await page.getByRole('button', { name: /text me a code/i }).click();
  await expect(page).toHaveURL(/\/sign-in\/code/);
  await expectNoPolishIn(page);
  await page.getByLabel(/code/i).first().fill(await lastCodeFor(request, customer.phone));
  await page.getByRole('button', { name: /confirm/i }).click();
  await expect(page).toHaveURL(/\/calls$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/calls/i);
  await expectNoPolishIn(page);

  await page.goto('/consent');
  await expectNoPolishIn(page);
  await page.getByRole('button', { name: /withdraw consent/i }).first().click();
  await expect(page.getByRole('status').first()).toContainText(/withdrawn/i);

  await page.goto('/requests/new?type=erasure');
  await expectNoPolishIn(page);
  await page.getByRole('button', { name: /submit request/i }).click();
  await expect(page).toHaveURL(/\/requests\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/erasure/i);
  await expectNoPolishIn(page);

  await page.goto('/requests');
  await expect(page.getByText(/erasure of recordings/i).first()).toBeVisible();
  await expectNoPolishIn(page);
});
