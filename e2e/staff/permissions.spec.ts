import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { staffNavItemsFor, staffHomeFor } from '../../lib/staff/navigation';
import { can, type Permission } from '../../lib/staff/policy';
import { bearer, seedCustomer, signInWithApi } from '../support/customer';
import { rolesOf, staffSession, type TestStaff } from '../support/staff-browser';

/**
 * Least privilege (rule 10) as each role meets it in the browser: every back-office page and
 * staff API endpoint, opened by every role. What a role may do comes from lib/staff/policy.ts
 * and lib/staff/navigation.ts, so this spec checks the pages and routes against the policy
 * rather than against a second copy of it. Forbidden pages answer the plain 404 page
 * (requireStaff hides them); forbidden API calls answer 403 (requireStaffForApi).
 */

test.describe.configure({ mode: 'serial' });

const everyone: TestStaff[] = ['agent', 'dpo', 'auditor', 'admin', 'bootstrap'];

interface Ids {
  request: string;
  call: string;
}

/** Each page with the permissions its guards ask for (layout and page); a role needs all of them. */
const staffPages = (ids: Ids): { path: string; needs: Permission[] }[] => [
  { path: '/staff/requests', needs: ['requests.view'] },
  { path: `/staff/requests/${ids.request}`, needs: ['requests.view'] },
  { path: '/staff/quarantine', needs: ['requests.view', 'quarantine.resolve'] },
  { path: '/staff/dashboard', needs: ['audit.view'] },
  { path: '/staff/audit', needs: ['audit.view'] },
  { path: `/staff/audit/calls/${ids.call}`, needs: ['audit.view'] },
  { path: '/staff/admin/staff', needs: ['staff.manage'] },
  { path: '/staff/admin/processing', needs: ['staff.manage', 'settings.manage'] },
  { path: '/staff/admin/processing/quality', needs: ['staff.manage', 'settings.manage'] },
];

/**
 * Each staff API endpoint with the permission its handler asks for and the answer a permitted
 * caller gets to this (deliberately harmless) call: bad input is refused only after the
 * permission check, so nothing changes whoever calls.
 */
const staffEndpoints = (ids: Ids): { method: 'GET' | 'POST' | 'DELETE'; path: string; data?: object; needs: Permission; permitted: number }[] => [
  { method: 'GET', path: '/api/v1/staff/requests', needs: 'requests.view', permitted: 200 },
  // An access request has no erasure certificate: a permitted caller learns only that.
  { method: 'GET', path: `/api/v1/staff/requests/${ids.request}/certificate`, needs: 'requests.view', permitted: 404 },
  { method: 'POST', path: `/api/v1/staff/requests/${ids.request}/actions`, data: { action: 'dance' }, needs: 'requests.approve', permitted: 400 },
  { method: 'GET', path: `/api/v1/staff/recordings/${ids.call}/audio`, needs: 'recordings.play', permitted: 400 },
  { method: 'POST', path: `/api/v1/staff/recordings/${ids.call}/hold`, data: {}, needs: 'holds.manage', permitted: 400 },
  { method: 'DELETE', path: `/api/v1/staff/recordings/${ids.call}/hold`, data: {}, needs: 'holds.manage', permitted: 400 },
  { method: 'GET', path: '/api/v1/staff/audit/export?type=recording.played', needs: 'audit.view', permitted: 200 },
  { method: 'GET', path: '/api/v1/staff/audit/dashboard/no-such-dataset', needs: 'audit.view', permitted: 400 },
  { method: 'GET', path: `/api/v1/staff/audit/calls/${ids.call}/export`, needs: 'audit.view', permitted: 200 },
];

let ids: Ids;

test.beforeAll(async ({ request }) => {
  const customer = await seedCustomer(request, 1);
  const token = await signInWithApi(request, customer);
  const filed = await request.post('/api/v1/me/requests', { headers: bearer(token), data: { type: 'access' } });
  expect(filed.status()).toBe(201);
  ids = { request: (await filed.json()).id, call: customer.recordingIds[0]! };
});

async function navigationHrefs(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Sekcje panelu' });
  return nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

const callApi = (api: APIRequestContext, endpoint: ReturnType<typeof staffEndpoints>[number]) =>
  api.fetch(endpoint.path, { method: endpoint.method, ...(endpoint.data ? { data: endpoint.data } : {}) });

async function checkRole(browser: Browser, who: TestStaff) {
  const roles = rolesOf(who);
  const { context, page } = await staffSession(browser, who);
  try {
    // /staff sends each role to the first section it may use.
    const home = staffHomeFor(roles);
    await page.goto('/staff');
    expect(new URL(page.url()).pathname, `${who}: /staff`).toBe(home);
    expect(await navigationHrefs(page), `${who}: navigation`).toEqual(staffNavItemsFor(roles).map((item) => item.href));

    for (const { path, needs } of staffPages(ids)) {
      const allowed = needs.every((permission) => can(roles, permission));
      const response = await page.goto(path);
      const notFoundTitle = page.getByRole('heading', { level: 1, name: 'Nie ma tu takiej strony' });
      if (allowed) {
        expect(response?.status(), `${who} may open ${path}`).toBe(200);
        await expect(notFoundTitle).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // The menu on every page shows exactly the sections this role may use.
        expect(await navigationHrefs(page), `${who}: navigation on ${path}`).toEqual(staffNavItemsFor(roles).map((item) => item.href));
      } else {
        expect(response?.status(), `${who} may not open ${path}`).toBe(404);
        await expect(notFoundTitle).toBeVisible();
      }
    }

    // The administration's own menu only for those who may administer.
    if (can(roles, 'staff.manage')) {
      await page.goto('/staff/admin');
      expect(new URL(page.url()).pathname).toBe('/staff/admin/staff');
      await expect(page.getByRole('navigation', { name: 'Sekcje administracji' }).getByRole('link')).toHaveText(['Pracownicy', 'Rejestr czynności przetwarzania']);
    }

    // What the request page offers follows the same policy.
    await page.goto(`/staff/requests/${ids.request}`);
    if (can(roles, 'requests.view')) {
      await expect(page.getByRole('button', { name: 'Wyślij wiadomość' }), `${who}: message form`).toHaveCount(can(roles, 'requests.work') ? 1 : 0);
      await expect(page.getByRole('button', { name: 'Dodaj notatkę' }), `${who}: note form`).toHaveCount(can(roles, 'requests.work') ? 1 : 0);
      await expect(page.getByRole('link', { name: /^Odsłuchaj/ }), `${who}: listen`).toHaveCount(can(roles, 'recordings.play') ? 1 : 0);
      await expect(page.getByRole('link', { name: /^Nałóż blokadę/ }), `${who}: hold`).toHaveCount(can(roles, 'holds.manage') ? 1 : 0);
      await expect(page.getByRole('button', { name: 'Zatwierdź i przygotuj kopię' }), `${who}: approve`).toHaveCount(can(roles, 'requests.approve') ? 1 : 0);
      await expect(page.locator('summary', { hasText: 'Przedłużenie terminu' }), `${who}: extend`).toHaveCount(can(roles, 'requests.decide') ? 1 : 0);
      if (!can(roles, 'requests.approve')) await expect(page.getByText('Masz dostęp tylko do odczytu.')).toBeVisible();
      await page.goto(`/staff/requests?q=${ids.request}`);
      await expect(page.locator('tbody tr')).toHaveCount(1);
      await expect(page.getByRole('button', { name: /^Przypisz do mnie/ }), `${who}: assign in the queue`).toHaveCount(can(roles, 'requests.work') ? 1 : 0);
    }

    for (const endpoint of staffEndpoints(ids)) {
      const response = await callApi(page.request, endpoint);
      const expected = can(roles, endpoint.needs) ? endpoint.permitted : 403;
      expect(response.status(), `${who}: ${endpoint.method} ${endpoint.path}`).toBe(expected);
      if (expected === 403) expect(response.headers()['content-type']).toContain('application/problem+json');
    }
  } finally {
    await context.close();
  }
}

for (const who of everyone) {
  test(`${who === 'bootstrap' ? 'the bootstrap admin (admin + DPO)' : `the ${who}`}: allowed pages and calls work, the rest are refused and not offered`, async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    await checkRole(browser, who);
  });
}

test('without a staff session every staff API endpoint answers 401 and every page leads to sign-in', async ({ page, request }) => {
  for (const endpoint of staffEndpoints(ids)) expect((await callApi(request, endpoint)).status(), `${endpoint.method} ${endpoint.path}`).toBe(401);
  for (const { path } of staffPages(ids)) {
    await page.goto(path);
    expect(new URL(page.url()).pathname, path).toBe('/staff/sign-in');
  }
});
