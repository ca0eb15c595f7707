import { expect, test } from '@playwright/test';
import { openDesk } from '../support/desk';

/**
 * A refusal (rule 4): the DPO picks the legal ground, is warned that the customer reads the
 * reason, and the customer sees the reason, the ground and the right to complain to the UODO
 * and to go to court (Art. 12(4)).
 */

const desk = openDesk('dpo');

test('a rejection names its legal ground and reason, and the customer reads both with the remedies', async ({ request }) => {
  test.setTimeout(3 * 60_000);
  const { portal, requestId } = await desk.customerFiles(request, 'restriction');

  const page = desk.dpo;
  await page.goto(`/staff/requests/${requestId}`);
  const refusal = page.locator('details', { has: page.locator('summary', { hasText: 'Odmowa' }) });
  await refusal.locator('summary').click();
  const reason = refusal.getByLabel('Uzasadnienie');
  await expect(refusal.getByText('Klient przeczyta to uzasadnienie.')).toBeVisible();
  // The warning is part of the field's description, so a screen reader reads it with the field.
  await expect(reason).toHaveAccessibleDescription(/Klient przeczyta to uzasadnienie\./);
  await expect(page.getByText('Klient zobaczy też informację o prawie do skargi do Prezesa UODO i do sądu')).toBeVisible();

  // Without a ground and a reason the refusal is not sent, and each field says why.
  await refusal.getByRole('button', { name: 'Odmów realizacji wniosku' }).click();
  await expect(refusal.getByLabel('Podstawa prawna')).toHaveAttribute('aria-invalid', 'true');
  await expect(refusal.getByText('To pole jest wymagane.')).toHaveCount(2);
  await expect(page.locator('section[aria-labelledby="request-title"]')).toContainText('Przyjęty');

  await refusal.getByLabel('Podstawa prawna').selectOption({ label: 'Żądanie ewidentnie nieuzasadnione (art. 12 ust. 5 RODO)' });
  await reason.fill('Wniosek dotyczy rozmów, których przetwarzanie już ograniczyliśmy na Pana poprzedni wniosek.');
  await refusal.getByRole('button', { name: 'Odmów realizacji wniosku' }).click();
  await expect(page.getByText('Odmówiono realizacji wniosku. Klient dostał powiadomienie z uzasadnieniem.')).toBeVisible();
  const decision = page.locator('section[aria-labelledby="decision-title"]');
  await expect(decision).toContainText('Żądanie ewidentnie nieuzasadnione (art. 12 ust. 5 RODO)');
  await expect(decision).toContainText('ograniczyliśmy na Pana poprzedni wniosek');

  await portal.goto(`/requests/${requestId}`);
  await expect(portal.getByText('Odmowa').first()).toBeVisible();
  const customerDecision = portal.locator('section[aria-labelledby="decision-title"]');
  await expect(customerDecision).toContainText('Wniosek dotyczy rozmów, których przetwarzanie już ograniczyliśmy na Pana poprzedni wniosek.');
  await expect(customerDecision).toContainText('wniosek jest ewidentnie nieuzasadniony — art. 12 ust. 5 RODO');
  const rights = portal.locator('section[aria-labelledby="rights-title"]');
  await expect(rights).toContainText('Możesz złożyć skargę do Prezesa Urzędu Ochrony Danych Osobowych (UODO)');
  await expect(rights).toContainText('Możesz też pójść do sądu');
});
