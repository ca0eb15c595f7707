import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { bearer, freshAddress, seedCustomer, signInCustomerInBrowser, signInWithApi } from './support/customer';
import { signInBootstrapAdmin } from './support/staff';

test.use({ extraHTTPHeaders: freshAddress() });

test('the customer opens the erasure certificate from their request page', async ({ page, request }) => {
  const customer = await seedCustomer(request, 2);
  const token = await signInWithApi(request, customer);
  const filed = await (await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'erasure' } })).json();
  const staff = await signInBootstrapAdmin(request);
  expect((await request.post(`/api/v1/staff/recordings/${customer.recordingIds[0]}/hold`, { headers: bearer(staff), data: { reason: 'Reklamacja 9/2026' } })).status()).toBe(201);
  expect((await request.post(`/api/v1/staff/requests/${filed.id}/actions`, { headers: bearer(staff), data: { action: 'approve' } })).status()).toBe(200);

  await signInCustomerInBrowser(page, customer);
  await page.goto(`/requests/${filed.id}`);
  await page.getByRole('link', { name: /certyfikat usunięcia|erasure certificate/i }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${filed.id}/certificate$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/certyfikat usunięcia|erasure certificate/i);
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Reklamacja 9/2026');
  await expectNoAxeViolations(page);
});
