import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { bearer, seedCustomer, signInWithApi } from '../support/customer';
import { contextOptions, staffSession } from '../support/staff-browser';

/**
 * WCAG 2.1 AA (rule 24) on every back-office page, in Polish and in English, switched with
 * the header's own language buttons; the request page also with its panels, disclosures and
 * the erasure confirmation open, since those are where the forms are.
 */

test.describe.configure({ mode: 'serial' });

let staff: { context: BrowserContext; page: Page };
let erasureId: string;
let accessId: string;
let callId: string;

test.beforeAll(async ({ browser, request }) => {
  test.setTimeout(15 * 60_000);
  // The bootstrap admin is admin and DPO: every page of the back office is open to it.
  staff = await staffSession(browser, 'bootstrap');
  const customer = await seedCustomer(request, 2);
  const token = await signInWithApi(request, customer);
  const file = async (type: string) => {
    const response = await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type } });
    expect(response.status()).toBe(201);
    return (await response.json()).id as string;
  };
  accessId = await file('access');
  erasureId = await file('erasure');
  callId = customer.recordingIds[0]!;
});

test.afterAll(async () => {
  await staff?.context.close();
});

async function switchLanguage(page: Page, to: 'Polski' | 'English', lang: 'pl' | 'en') {
  await page.getByRole('button', { name: to }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const staffPages = () => [
  '/staff/requests',
  '/staff/requests?status=completed',
  `/staff/requests/${accessId}`,
  `/staff/requests/${accessId}?listen=${callId}`,
  `/staff/requests/${accessId}?hold=${callId}`,
  '/staff/dashboard',
  '/staff/audit',
  `/staff/audit/calls/${callId}`,
  '/staff/admin/staff',
  '/staff/admin/processing',
  '/staff/admin/processing/quality',
  '/staff/no-such-page',
];

for (const [language, lang] of [
  ['Polski', 'pl'],
  ['English', 'en'],
] as const) {
  test(`every staff page passes axe in ${language}`, async () => {
    test.setTimeout(5 * 60_000);
    const { page } = staff;
    await page.goto('/staff/requests');
    await switchLanguage(page, language, lang);
    for (const path of staffPages()) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expectNoAxeViolations(page);
    }

    // The request page with its decision forms open: refusal, extension, the erasure's second step.
    await page.goto(`/staff/requests/${erasureId}`);
    for (const details of await page.locator('section[aria-labelledby="decision-title"] details summary').all()) await details.click();
    await page.locator('section[aria-labelledby="decision-title"] button[type="button"]').first().click();
    await expect(page.locator('[role="group"][aria-labelledby="erasure-warning"]')).toBeFocused();
    await expectNoAxeViolations(page);
  });
}

test('the staff sign-in page passes axe in Polish and English', async ({ browser }) => {
  const context = await browser.newContext(contextOptions());
  try {
    const page = await context.newPage();
    await page.goto('/staff/sign-in');
    await expectNoAxeViolations(page);
    await switchLanguage(page, 'English', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    // A refused attempt shows its errors; they must pass too.
    await page.locator('form:has(#email) button[type="submit"]').click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeFocused();
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
});
