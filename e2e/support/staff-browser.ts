import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { authenticator } from 'otplib';
import type { StaffRole } from '../../generated/prisma/client';
import { freshAddress } from './customer';

/**
 * Staff in the browser, as the real back office signs them in: e-mail, password and TOTP,
 * enrolling the second factor on a first sign-in. Everything learnt (TOTP secrets, the
 * invited accounts' passwords, signed-in browser state) is kept in a folder of its own per
 * server (keyed by its random admin password), so the spec files of one run share one
 * server's accounts and sign each account in once: staff sign-in is limited to 10 per
 * 10 minutes per e-mail.
 */

/** The bootstrap admin (admin + dpo) from ADMIN_EMAIL/ADMIN_PASSWORD, or an account invited through the admin page with exactly one role. */
export type TestStaff = 'bootstrap' | StaffRole;

export interface StaffCredentials {
  email: string;
  password: string;
}

/** The roles each test account holds, so specs can ask lib/staff/policy.ts what it may do. */
export const rolesOf = (who: TestStaff): StaffRole[] => (who === 'bootstrap' ? ['admin', 'dpo'] : [who]);

/** Display names of the invited accounts: specs look for them in the queue and the timeline. */
export const staffNames: Record<StaffRole, string> = {
  agent: 'Agata Konsultantka',
  dpo: 'Dorota Inspektorka',
  admin: 'Adam Administrator',
  auditor: 'Artur Audytor',
};

function bootstrapCredentials(): StaffCredentials {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD must be set (npm test sets them).');
  return { email, password };
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function serverFolder(): string {
  const { email, password } = bootstrapCredentials();
  const folder = path.join(os.tmpdir(), `wglad-e2e-${hash(`${email}:${password}`)}`);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}

const secretFile = (email: string) => path.join(serverFolder(), `${hash(email)}.totp`);
const stepFile = (email: string) => `${secretFile(email)}.step`;
const totpStepMs = 30_000;

/**
 * A code from the app that has not signed in yet: the portal accepts each TOTP time step once
 * (replay protection), so a sign-in in the same 30-second step as this account's last one
 * waits for the next step.
 */
async function unusedCode(page: Page, email: string, secret: string): Promise<string> {
  const lastStep = fs.existsSync(stepFile(email)) ? Number(fs.readFileSync(stepFile(email), 'utf8')) : -1;
  if (Math.floor(Date.now() / totpStepMs) <= lastStep) await page.waitForTimeout((lastStep + 1) * totpStepMs - Date.now() + 500);
  fs.writeFileSync(stepFile(email), String(Math.floor(Date.now() / totpStepMs)));
  return authenticator.generate(secret);
}
const accountFile = (role: StaffRole) => path.join(serverFolder(), `${role}.account.json`);
const stateFile = (who: TestStaff) => path.join(serverFolder(), `${who}.state.json`);

/** The browser-context options a spec's own context needs (contexts made by hand do not inherit the config's `use`). */
export const contextOptions = () => ({
  baseURL: process.env.BASE_URL,
  locale: 'pl-PL',
  timezoneId: 'Europe/Warsaw',
  // An address of its own per context: the per-address sign-in limit must not add the specs up.
  extraHTTPHeaders: freshAddress(),
});

/**
 * Signs staff in on /staff/sign-in; a first sign-in enrols TOTP from the key shown as text
 * next to the QR code and keeps the secret for later sign-ins.
 */
export async function signInStaffInBrowser(page: Page, { email, password }: StaffCredentials): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await page.goto('/staff/sign-in');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(password);
    const known = fs.existsSync(secretFile(email)) ? fs.readFileSync(secretFile(email), 'utf8').trim() : '';
    if (known) await page.locator('#code').fill(await unusedCode(page, email, known));
    await page.locator('form:has(#email) button[type="submit"]').click();

    const secretBox = page.getByTestId('totp-secret');
    const signOut = page.getByRole('button', { name: /^(Wyloguj|Sign out)/ }).first();
    const rateLimited = page.getByText('Zbyt wiele prób logowania');
    await expect(secretBox.or(signOut).or(rateLimited).first()).toBeVisible({ timeout: 30_000 });
    if (await rateLimited.isVisible()) {
      // Ten sign-ins per e-mail per 10 minutes; the API specs sign the bootstrap admin in often.
      await page.waitForTimeout(605_000);
      continue;
    }
    if (await secretBox.isVisible()) {
      const secret = (await secretBox.textContent())!.replace(/\s/g, '');
      fs.writeFileSync(secretFile(email), secret, { mode: 0o600 });
      // Confirming enrolment uses no code up; the sign-in that follows does.
      await page.locator('#enrolCode').fill(authenticator.generate(secret));
      await page.locator('form:has(#enrolCode) button[type="submit"]').click();
      await expect(page.getByTestId('recovery-codes')).toBeVisible();
      await page.locator('#saved').check();
      await page.locator('#finalCode').fill(await unusedCode(page, email, secret));
      await page.locator('form:has(#finalCode) button[type="submit"]').click();
    }
    await page.waitForURL((address) => !address.pathname.startsWith('/staff/sign-in'));
    return;
  }
  throw new Error('staff sign-in stayed rate limited');
}

/** Invites the account through the real admin page (as the bootstrap admin) and reads its one-time password. */
async function inviteThroughAdminPage(browser: Browser, role: StaffRole): Promise<StaffCredentials> {
  const admin = await staffSession(browser, 'bootstrap');
  try {
    const email = `${role}-${randomUUID().slice(0, 8)}@test.wglad.test`;
    await admin.page.goto('/staff/admin/staff');
    await admin.page.locator('#invite-name').fill(staffNames[role]);
    await admin.page.locator('#invite-email').fill(email);
    for (const each of ['agent', 'dpo', 'admin', 'auditor'] as const) await admin.page.locator(`#invite-role-${each}`).setChecked(each === role);
    await admin.page.locator('form:has(#invite-name) button[type="submit"]').click();
    const password = admin.page.locator('form:has(#invite-name) [role="status"] code');
    await expect(password).toBeVisible();
    const credentials = { email, password: (await password.textContent())!.trim() };
    fs.writeFileSync(accountFile(role), JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  } finally {
    await admin.context.close();
  }
}

async function credentialsFor(browser: Browser, who: TestStaff): Promise<StaffCredentials> {
  if (who === 'bootstrap') return bootstrapCredentials();
  if (fs.existsSync(accountFile(who))) return JSON.parse(fs.readFileSync(accountFile(who), 'utf8')) as StaffCredentials;
  return inviteThroughAdminPage(browser, who);
}

/** A kept browser state is used only while its session lives (30 minutes idle, rule 9). */
async function stillSignedIn(page: Page): Promise<boolean> {
  await page.goto('/staff');
  return !new URL(page.url()).pathname.startsWith('/staff/sign-in');
}

/**
 * A browser context signed in as this staff member: the kept state when its session still
 * lives, otherwise a real sign-in (inviting the account first if it does not exist yet).
 * The caller closes the context.
 */
export async function staffSession(browser: Browser, who: TestStaff): Promise<{ context: BrowserContext; page: Page; credentials: StaffCredentials }> {
  if (fs.existsSync(stateFile(who))) {
    const context = await browser.newContext({ ...contextOptions(), storageState: stateFile(who) });
    const page = await context.newPage();
    if (await stillSignedIn(page)) return { context, page, credentials: await credentialsFor(browser, who) };
    await context.close();
  }
  const credentials = await credentialsFor(browser, who);
  const context = await browser.newContext(contextOptions());
  const page = await context.newPage();
  await signInStaffInBrowser(page, credentials);
  await context.storageState({ path: stateFile(who) });
  return { context, page, credentials };
}
