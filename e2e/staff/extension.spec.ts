import { expect, test } from '@playwright/test';
import { openDesk } from '../support/desk';

/**
 * An extension (Art. 12(3), rule 2): by at most two further months, with a reason the customer
 * reads; asking for more than the law allows is refused with one clear sentence.
 */

const desk = openDesk('dpo');

test('an extension with a reason moves the due date; one past the limit is refused with a sentence', async ({ request }) => {
  test.setTimeout(3 * 60_000);
  const { portal, requestId } = await desk.customerFiles(request, 'access');

  const page = desk.dpo;
  await page.goto(`/staff/requests/${requestId}`);
  const due = page.locator('section[aria-labelledby="request-title"] dd time').first();
  const dueBefore = Date.parse((await due.getAttribute('datetime'))!);
  const extension = page.locator('details', { has: page.locator('summary', { hasText: 'Przedłużenie terminu' }) });
  await extension.locator('summary').click();
  await expect(extension.getByText(/^Tylko przed pierwotnym terminem/)).toBeVisible();
  await expect(extension.getByText('Klient przeczyta to uzasadnienie.')).toBeVisible();

  // More than 62 days at once: the field says what is allowed.
  await extension.getByLabel('O ile dni przedłużyć').fill('90');
  await extension.getByLabel('Uzasadnienie').fill('Wniosek obejmuje nagrania z kilku systemów, które trzeba zestawić.');
  await extension.getByRole('button', { name: 'Przedłuż termin' }).click();
  await expect(extension.getByText('Wpisz liczbę dni od 1 do 62.')).toBeVisible();
  await expect(extension.getByLabel('O ile dni przedłużyć')).toHaveAttribute('aria-invalid', 'true');

  await extension.getByLabel('O ile dni przedłużyć').fill('40');
  await extension.getByRole('button', { name: 'Przedłuż termin' }).click();
  await expect(page.getByText('Termin przedłużony. Klient dostał powiadomienie z powodem i nowym terminem.')).toBeVisible();
  const dueAfter = Date.parse((await due.getAttribute('datetime'))!);
  expect(dueAfter - dueBefore).toBeGreaterThanOrEqual(40 * 86_400_000);
  const notice = page.getByText('Powód podany klientowi: Wniosek obejmuje nagrania z kilku systemów, które trzeba zestawić.');
  await expect(notice).toBeVisible();
  await expect(page.locator('section[aria-labelledby="request-title"]')).toContainText('Termin przedłużony');

  // A second extension that would pass three months from receipt is refused in one sentence.
  // After the redirect the disclosure may still be open (React leaves `open` alone): open it only if closed.
  if (!(await extension.evaluate((details: HTMLDetailsElement) => details.open))) await extension.locator('summary').click();
  await extension.getByLabel('O ile dni przedłużyć').fill('40');
  await extension.getByLabel('Uzasadnienie').fill('Potrzebujemy jeszcze więcej czasu na zestawienie nagrań.');
  await extension.getByRole('button', { name: 'Przedłuż termin' }).click();
  await expect(extension.getByText('Nowy termin przekroczyłby trzy miesiące od wpływu wniosku. Wpisz mniej dni.')).toBeVisible();
  expect(Date.parse((await due.getAttribute('datetime'))!)).toBe(dueAfter);

  // The customer reads the new date and the reason.
  await portal.goto(`/requests/${requestId}`);
  await expect(portal.getByText('Przedłużyliśmy termin odpowiedzi').first()).toBeVisible();
  await expect(portal.getByText('Powód: Wniosek obejmuje nagrania z kilku systemów, które trzeba zestawić.').first()).toBeVisible();
});
