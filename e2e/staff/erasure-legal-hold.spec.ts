import { expect, test } from '@playwright/test';
import { staffNames } from '../support/staff-browser';
import { openDesk } from '../support/desk';

/**
 * An erasure (Art. 17) that meets a legal hold (Art. 17(3)(e)), with four eyes: the DPO holds
 * one call, the agent can only prepare the approval, the DPO confirms it in a second, explicit
 * step; the request ends partially completed, and staff and the customer see why per call.
 */

const desk = openDesk('agent', 'dpo');

test('a held call is kept, the other erased after the DPO confirms the agent’s proposal', async ({ request }) => {
  test.setTimeout(3 * 60_000);
  const { portal, requestId } = await desk.customerFiles(request, 'erasure', 2);

  // The DPO places a hold on one call from the request page.
  await desk.dpo.goto(`/staff/requests/${requestId}`);
  const calls = desk.dpo.getByRole('region', { name: 'Tabela nagrań (przewijana w poziomie)' });
  await calls.getByRole('link', { name: /^Nałóż blokadę/ }).first().click();
  const holdPanel = desk.dpo.locator('#hold');
  await expect(holdPanel.getByRole('heading', { name: /^Blokada prawna: rozmowa z/ })).toBeFocused();
  await holdPanel.getByLabel('Powód blokady').fill('Reklamacja nr 17/2026 w toku.');
  await holdPanel.getByRole('button', { name: 'Nałóż blokadę' }).click();
  await expect(desk.dpo.getByText('Nałożono blokadę prawną na nagranie.')).toBeVisible();
  await expect(calls.locator('tbody tr', { hasText: 'Reklamacja nr 17/2026 w toku.' })).toHaveCount(1);

  // The agent may only prepare the erasure: it waits for a DPO.
  await desk.agent.goto(`/staff/requests/${requestId}`);
  await expect(desk.agent.getByText('Jako konsultant przygotowujesz propozycję: nagrania usunie dopiero zatwierdzenie przez inspektora ochrony danych.')).toBeVisible();
  await expect(desk.agent.getByRole('button', { name: 'Zatwierdź usunięcie…' })).toHaveCount(0);
  await desk.agent.getByRole('button', { name: 'Zaproponuj usunięcie' }).click();
  await expect(desk.agent.getByText('Propozycja zatwierdzenia czeka na decyzję inspektora ochrony danych.')).toBeVisible();
  const agentProposals = desk.agent.locator('section[aria-labelledby="proposals-title"]');
  await expect(agentProposals).toContainText('czeka na inspektora');
  await expect(agentProposals).toContainText('To Twoja propozycja');
  await expect(agentProposals.getByRole('button', { name: 'Zatwierdź propozycję' })).toHaveCount(0);

  // The DPO confirms in the browser, after reading what the erasure will and will not do.
  await desk.dpo.goto(`/staff/requests/${requestId}`);
  const proposals = desk.dpo.locator('section[aria-labelledby="proposals-title"]');
  await expect(proposals).toContainText(`Przygotował(a): ${staffNames.agent}`);
  await proposals.getByRole('button', { name: 'Zatwierdź propozycję' }).click();
  const warning = proposals.getByRole('group', { name: 'To nieodwracalnie usunie 1 nagranie.' });
  await expect(warning).toBeFocused();
  await expect(warning).toContainText('Zachowamy 1 nagranie objęte blokadą prawną');
  await warning.getByRole('button', { name: 'Tak, usuń 1 nagranie' }).click();
  await expect(desk.dpo.getByText('Propozycja zatwierdzona i wykonana.')).toBeVisible();

  // Staff: partially completed, with each call's outcome and reason.
  await expect(desk.dpo.locator('section[aria-labelledby="request-title"]')).toContainText('Zrealizowany częściowo');
  const decision = desk.dpo.locator('section[aria-labelledby="decision-title"]');
  await expect(decision).toContainText('Część nagrań zachowano na podstawie wyjątku wskazanego przy każdym z nich.');
  await expect(calls.locator('tbody tr', { hasText: 'w tym wniosku: zachowane: blokada prawna' })).toHaveCount(1);
  await expect(calls.locator('tbody tr', { hasText: 'w tym wniosku: usunięte' })).toHaveCount(1);
  await expect(proposals).toContainText('zatwierdzona');

  // The customer: the same outcome per call, the reason and the law, and where to complain.
  await portal.goto(`/requests/${requestId}`);
  await expect(portal.getByText('Zrealizowany częściowo').first()).toBeVisible();
  const outcomes = portal.locator('section[aria-labelledby="outcome-title"] li');
  await expect(outcomes).toHaveCount(2);
  const kept = outcomes.filter({ hasText: 'zachowana — toczy się sprawa, w której jest potrzebna' });
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('art. 17 ust. 3 lit. e RODO');
  await expect(outcomes.filter({ hasText: 'usunięta' })).toHaveCount(1);
  const rights = portal.locator('section[aria-labelledby="rights-title"]');
  await expect(rights).toContainText('Prezesa Urzędu Ochrony Danych Osobowych');
  await expect(rights).toContainText('pójść do sądu');
});
