import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { fileRequestInBrowser, seedCustomer, signInCustomerInBrowser } from '../support/customer';
import { contextOptions, staffNames, staffSession } from '../support/staff-browser';

/**
 * An erasure (Art. 17) that meets a legal hold (Art. 17(3)(e)), with four eyes: the DPO holds
 * one call, the agent can only prepare the approval, the DPO confirms it in a second, explicit
 * step; the request ends partially completed, and staff and the customer see why per call.
 */

test.describe.configure({ mode: 'serial' });

let agent: { context: BrowserContext; page: Page };
let dpo: { context: BrowserContext; page: Page };
let customerContext: BrowserContext;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(15 * 60_000);
  agent = await staffSession(browser, 'agent');
  dpo = await staffSession(browser, 'dpo');
  customerContext = await browser.newContext(contextOptions());
});

test.afterAll(async () => {
  await agent?.context.close();
  await dpo?.context.close();
  await customerContext?.close();
});

test('a held call is kept, the other erased after the DPO confirms the agent’s proposal', async ({ request }) => {
  test.setTimeout(3 * 60_000);
  const customer = await seedCustomer(request, 2);
  const portal = await customerContext.newPage();
  await signInCustomerInBrowser(portal, customer);
  const requestId = await fileRequestInBrowser(portal, 'erasure');

  // The DPO places a hold on one call from the request page.
  await dpo.page.goto(`/staff/requests/${requestId}`);
  const calls = dpo.page.getByRole('region', { name: 'Tabela nagrań (przewijana w poziomie)' });
  await calls.getByRole('link', { name: /^Nałóż blokadę/ }).first().click();
  const holdPanel = dpo.page.locator('#hold');
  await expect(holdPanel.getByRole('heading', { name: /^Blokada prawna: rozmowa z/ })).toBeFocused();
  await holdPanel.getByLabel('Powód blokady').fill('Reklamacja nr 17/2026 w toku.');
  await holdPanel.getByRole('button', { name: 'Nałóż blokadę' }).click();
  await expect(dpo.page.getByText('Nałożono blokadę prawną na nagranie.')).toBeVisible();
  await expect(calls.locator('tbody tr', { hasText: 'Reklamacja nr 17/2026 w toku.' })).toHaveCount(1);

  // The agent may only prepare the erasure: it waits for a DPO.
  await agent.page.goto(`/staff/requests/${requestId}`);
  await expect(agent.page.getByText('Jako konsultant przygotowujesz propozycję: nagrania usunie dopiero zatwierdzenie przez inspektora ochrony danych.')).toBeVisible();
  await expect(agent.page.getByRole('button', { name: 'Zatwierdź usunięcie…' })).toHaveCount(0);
  await agent.page.getByRole('button', { name: 'Zaproponuj usunięcie' }).click();
  await expect(agent.page.getByText('Propozycja zatwierdzenia czeka na decyzję inspektora ochrony danych.')).toBeVisible();
  const agentProposals = agent.page.locator('section[aria-labelledby="proposals-title"]');
  await expect(agentProposals).toContainText('czeka na inspektora');
  await expect(agentProposals).toContainText('To Twoja propozycja');
  await expect(agentProposals.getByRole('button', { name: 'Zatwierdź propozycję' })).toHaveCount(0);

  // The DPO confirms in the browser, after reading what the erasure will and will not do.
  await dpo.page.goto(`/staff/requests/${requestId}`);
  const proposals = dpo.page.locator('section[aria-labelledby="proposals-title"]');
  await expect(proposals).toContainText(`Przygotował(a): ${staffNames.agent}`);
  await proposals.getByRole('button', { name: 'Zatwierdź propozycję' }).click();
  const warning = proposals.getByRole('group', { name: 'To nieodwracalnie usunie 1 nagranie.' });
  await expect(warning).toBeFocused();
  await expect(warning).toContainText('Zachowamy 1 nagranie objęte blokadą prawną');
  await warning.getByRole('button', { name: 'Tak, usuń 1 nagranie' }).click();
  await expect(dpo.page.getByText('Propozycja zatwierdzona i wykonana.')).toBeVisible();

  // Staff: partially completed, with each call's outcome and reason.
  await expect(dpo.page.locator('section[aria-labelledby="request-title"]')).toContainText('Zrealizowany częściowo');
  const decision = dpo.page.locator('section[aria-labelledby="decision-title"]');
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
