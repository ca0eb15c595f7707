import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { freshAddress, lastCodeFor, seedCustomer, signInCustomerInBrowser } from './support/customer';
import { tabTo } from './support/keyboard';

test.use({ extraHTTPHeaders: freshAddress() });

test.describe('customer portal', () => {
  test('keyboard only: sign in, play a call, file a request', async ({ page, request }) => {
    const customer = await seedCustomer(request, 2);
    await page.goto('/sign-in');
    await tabTo(page, (el) => el.id === 'phone');
    await page.keyboard.type(customer.phone);
    await tabTo(page, (el) => el.id === 'customerNumber', 5);
    await page.keyboard.type(customer.customerNumber);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sign-in\/code/);
    await tabTo(page, (el) => el.id === 'code');
    await page.keyboard.type(await lastCodeFor(request, customer.phone));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/calls$/);

    await tabTo(page, (el) => el.href.startsWith('/calls/'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/calls\/.+/);
    await tabTo(page, (el) => el.label === 'Odtwórz');
    await page.keyboard.press('Space');
    await expect.poll(async () => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.2);
    await page.keyboard.press('k');

    await tabTo(page, (el) => el.href.includes('/requests/new?type=access'), 120);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/requests\/new/);
    await tabTo(page, (el) => el.tag === 'button' && /złóż wniosek/i.test(el.text), 80);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/requests\/[^/]+$/);
    await expect(page.getByRole('status').first()).toBeVisible();
  });

  test('every customer page passes axe in Polish and English', async ({ page, request, context }) => {
    const customer = await seedCustomer(request, 1);
    for (const language of ['pl', 'en']) {
      await context.addCookies([{ name: 'NEXT_LOCALE', value: language, url: test.info().project.use.baseURL! }]);
      await page.goto('/sign-in');
      await expectNoAxeViolations(page);
    }
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'pl', url: test.info().project.use.baseURL! }]);
    await signInCustomerInBrowser(page, customer);
    const callId = customer.recordingIds[0]!;
    for (const language of ['pl', 'en']) {
      await context.addCookies([{ name: 'NEXT_LOCALE', value: language, url: test.info().project.use.baseURL! }]);
      for (const path of ['/calls', `/calls/${callId}`, '/consent', '/requests', '/requests/new', '/passkeys']) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoAxeViolations(page);
      }
    }
  });

  test('withdrawing consent in the portal reaches the IVR at once and files a completed request', async ({ page, request }) => {
    const customer = await seedCustomer(request, 1);
    await signInCustomerInBrowser(page, customer);
    await page.goto('/consent');
    await page.getByRole('button', { name: /wycofaj/i }).first().click();
    await expect(page.getByRole('status').first()).toBeVisible();
    const check = await (await request.get(`/api/v1/consent-check?phone=${encodeURIComponent(customer.phone)}`, { headers: { authorization: `Bearer ${process.env.INGEST_API_KEY!.split(',')[0]}` } })).json();
    expect(Object.values(check.purposes)).toContain(false);
  });

  test('another customer’s call is a plain 404 page', async ({ page, request }) => {
    const owner = await seedCustomer(request, 1);
    const stranger = await seedCustomer(request, 0);
    await signInCustomerInBrowser(page, stranger);
    const response = await page.goto(`/calls/${owner.recordingIds[0]}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(/Dzień dobry, w czym mogę pomóc/)).toHaveCount(0);
  });

  test('signed-out visitors are sent to sign in', async ({ page }) => {
    await page.goto('/calls');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
