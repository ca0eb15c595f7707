import fs from 'node:fs';
import { expect, test, type BrowserContext, type Download, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { callMetadata, postRecording } from './support/ingest';
import { tabTo } from './support/keyboard';
import { staffSession } from './support/staff-browser';

/**
 * The accountability views (Art. 5(2)): the compliance dashboard, the audit explorer and a
 * call's access history, as the DPO sees them. Signs the bootstrap admin (admin + dpo) in
 * through the browser; on a fresh server that means enrolling TOTP (support/staff-browser.ts
 * keeps the secret and the session for the later specs).
 */

async function downloaded(download: Download): Promise<string> {
  return fs.readFileSync((await download.path())!, 'utf8');
}

test.describe.configure({ mode: 'serial' });

test.describe('accountability views', () => {
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    // A context of its own (axe needs one), shared by the tests below so the admin signs in once.
    ({ context, page } = await staffSession(browser, 'bootstrap'));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('the compliance dashboard: charts with definitions, data tables by keyboard, CSV, no CSP refusals', async () => {
    await page.goto('/staff/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit zgodności' })).toBeVisible();
    await expect(page.locator('figure svg[role="img"]')).toHaveCount(6);
    for (const title of ['Wnioski tygodniowo według rodzaju', 'Odpowiedzi w terminie', 'Czas do zamknięcia', 'Przedłużenia terminu', 'Zaległe wnioski', 'Usunięcia nagrań tygodniowo', 'Wycofania zgody tygodniowo', 'Nagrania w kwarantannie']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await tabTo(page, (element) => element.tag === 'summary');
    await page.keyboard.press('Enter');
    const firstTable = page.locator('details').first().getByRole('table');
    await expect(firstTable).toBeVisible();
    await expect(firstTable.locator('tbody tr')).toHaveCount(12);
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^CSV\s*:\s*Wnioski tygodniowo według rodzaju/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^wglad-requests-per-week-12w-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await downloaded(download)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('week_start,access,erasure,restriction,objection,consent_withdrawal,total');
    expect(lines).toHaveLength(13);

    await page.getByLabel('Okres', { exact: true }).selectOption('52');
    await page.getByRole('button', { name: 'Pokaż' }).click();
    await expect(page).toHaveURL(/weeks=52/);
    expect(cspViolations).toEqual([]);
  });

  test('the audit explorer: who listened to a call, with the stated purpose; chain verified; CSV of the filter', async () => {
    const call = callMetadata();
    const ingested = await postRecording(page.request, call);
    expect(ingested.status()).toBe(201);
    const created = (await ingested.json()) as { id: string };
    const played = await page.request.get(`/api/v1/staff/recordings/${created.id}/audio?purpose=complaint&reason=${encodeURIComponent('Reklamacja E2E/1')}`);
    expect(played.status()).toBe(200);

    await page.goto(`/staff/audit?type=recording.played&call=${encodeURIComponent(call.externalId)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Dziennik audytu' })).toBeVisible();
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Odtworzenie nagrania');
    await expect(rows.first()).toContainText('Administrator');
    await expect(rows.first()).toContainText('Reklamacja E2E/1');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Zweryfikuj teraz' }).click();
    await expect(page.getByText('Weryfikacja zakończona: łańcuch jest nienaruszony.')).toBeVisible();
    await expect(page).toHaveURL(/type=recording\.played/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Eksport CSV/ }).click()]);
    const csv = (await downloaded(download)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(csv[0]).toBe('seq,at_utc,at_warsaw,type,meaning,actor_type,actor_id,actor_name,actor_roles,customer_number,call_id,call_external_id,request_id,details');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(`,staff,`);
    expect(csv[1]).toContain(`,${call.externalId},`);
    expect(csv[1]).toContain('""purpose"":""complaint""');

    // Looking at and exporting the log are themselves in the log, with the filter used.
    await page.goto('/staff/audit?type=audit.exported');
    await expect(rows.first()).toContainText('Dziennik wyeksportowany');
    await expect(rows.first()).toContainText(call.externalId);
    await page.goto(`/staff/audit?type=recording.played&call=${encodeURIComponent(call.externalId)}`);

    await page.getByRole('link', { name: new RegExp(`${call.externalId}.*historia dostępu`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(call.externalId);
    const access = page.getByRole('table', { name: 'Odsłuchania, pobrania i eksporty' });
    await expect(access.locator('tbody tr')).toHaveCount(1);
    await expect(access).toContainText('reklamacja');
    await expect(access).toContainText('administrator, inspektor ochrony danych');
    await expectNoAxeViolations(page);
    expect(cspViolations).toEqual([]);
  });

  test('the exports answer problem+json to bad input and 401 without a session', async ({ request }) => {
    const bad = await page.request.get('/api/v1/staff/audit/export?type=recording.deleted&from=2026-02-30');
    expect(bad.status()).toBe(400);
    expect(bad.headers()['content-type']).toContain('application/problem+json');
    expect((await bad.json()).errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'type']);
    expect((await page.request.get('/api/v1/staff/audit/dashboard/everything')).status()).toBe(400);
    expect((await request.get('/api/v1/staff/audit/export')).status()).toBe(401);
  });
});
