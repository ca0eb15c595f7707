import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { freshAddress, lastCodeFor, seedCustomer, type SeededCustomer } from './support/customer';

/**
 * Rule 8: a returning customer signs in with a passkey instead of an SMS code. Chromium's
 * virtual authenticator (DevTools protocol) stands in for the phone's fingerprint reader.
 *
 * WebAuthn refuses IP addresses as relying-party ids, so the browser visits the test server
 * as `localhost` even when BASE_URL names 127.0.0.1; API calls keep BASE_URL.
 */
const site = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
if (site.hostname === '127.0.0.1') site.hostname = 'localhost';
const url = (path: string) => new URL(path, site).toString();

async function withVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials };
}

async function signInWithSms(page: Page, request: Parameters<typeof lastCodeFor>[0], customer: SeededCustomer, next: string) {
  await page.goto(url(`/sign-in?next=${encodeURIComponent(next)}`));
  await page.getByRole('textbox', { name: 'Numer telefonu' }).fill(customer.phone);
  await page.getByRole('textbox', { name: 'Numer klienta' }).fill(customer.customerNumber);
  await page.getByRole('button', { name: 'Wyślij kod SMS' }).click();
  await page.waitForURL(/\/sign-in\/code/);
  await page.getByRole('textbox', { name: 'Kod z SMS-a' }).fill(await lastCodeFor(request, customer.phone));
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await page.waitForURL((address) => address.pathname === next);
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Wyloguj' }).click();
  await page.waitForURL((address) => address.pathname === '/');
}

test.describe('passkeys', () => {
  test('a customer adds a passkey, signs out, and signs back in with it — usernameless and with the customer number', async ({ browser, request }) => {
    const customer = await seedCustomer(request, 1);
    // A documentation-range address of its own, so the per-address limits never mix tests.
    const context = await browser.newContext({ extraHTTPHeaders: freshAddress() });
    const page = await context.newPage();
    const authenticator = await withVirtualAuthenticator(context, page);

    await signInWithSms(page, request, customer, '/passkeys');
    await expect(page.getByRole('heading', { level: 1, name: 'Klucze dostępu' })).toBeVisible();
    await expect(page.getByText('Nie masz jeszcze żadnego klucza dostępu.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Nazwa klucza' }).fill('Laptop testowy');
    await page.getByRole('button', { name: 'Dodaj klucz dostępu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dodaliśmy klucz dostępu „Laptop testowy”' })).toBeVisible();
    const row = page.getByRole('row', { name: /Laptop testowy/ });
    await expect(row).toContainText('Jeszcze nie użyty');
    expect(await authenticator.credentials()).toEqual([expect.objectContaining({ isResidentCredential: true, rpId: site.hostname })]);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('passkeys.png'), fullPage: true });

    // Usernameless: the passkey itself says who is signing in.
    await signOut(page);
    await page.goto(url('/sign-in'));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Zaloguj się kluczem dostępu' }).click();
    await page.waitForURL((address) => address.pathname === '/calls');
    await page.goto(url('/passkeys'));
    await expect(page.getByRole('row', { name: /Laptop testowy/ })).not.toContainText('Jeszcze nie użyty');

    // The fallback, by keyboard alone: open the disclosure, type the customer number, press Enter.
    await signOut(page);
    await page.goto(url('/sign-in'));
    const disclosure = page.getByText('Urządzenie nie proponuje klucza? Podaj numer klienta');
    await disclosure.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Numer klienta' }).last()).toBeFocused();
    await page.keyboard.type(customer.customerNumber.toLowerCase());
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('sign-in-passkey.png'), fullPage: true });
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => address.pathname === '/calls');
    await context.close();
  });

  test('a removed passkey no longer signs anyone in, and the page says so', async ({ browser, request }) => {
    const customer = await seedCustomer(request, 0);
    const context = await browser.newContext({ extraHTTPHeaders: freshAddress() });
    const page = await context.newPage();
    await withVirtualAuthenticator(context, page);

    await signInWithSms(page, request, customer, '/passkeys');
    await page.getByRole('button', { name: 'Dodaj klucz dostępu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dodaliśmy klucz dostępu' })).toBeVisible();
    await page.getByRole('button', { name: 'Usuń klucz Mój klucz dostępu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Usunęliśmy klucz dostępu „Mój klucz dostępu”' })).toBeVisible();
    await expect(page.getByText('Nie masz jeszcze żadnego klucza dostępu.')).toBeVisible();

    // The device still offers the key, but the portal no longer knows it.
    await signOut(page);
    await page.goto(url('/sign-in'));
    await page.getByRole('button', { name: 'Zaloguj się kluczem dostępu' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nie rozpoznaliśmy tego klucza dostępu' })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('the passkey endpoints refuse callers without a session and malformed input (problem+json)', async ({ request }) => {
    const options = await request.post('/api/passkeys/registration/options');
    expect(options.status()).toBe(401);
    expect(options.headers()['content-type']).toContain('application/problem+json');
    const removal = await request.delete('/api/passkeys/some-id');
    expect(removal.status()).toBe(401);
    const badNumber = await request.post('/api/passkeys/authentication/options', { headers: freshAddress(), data: { customerNumber: 'not a number!' } });
    expect(badNumber.status()).toBe(400);
    const notJson = await request.post('/api/passkeys/authentication/options', { headers: { ...freshAddress(), 'content-type': 'text/plain' }, data: '{}' });
    expect(notJson.status()).toBe(415);
    const usernameless = await request.post('/api/passkeys/authentication/options', { headers: freshAddress(), data: {} });
    expect(usernameless.status()).toBe(200);
    const body = await usernameless.json();
    expect(body).toMatchObject({ challengeId: expect.any(String), options: { userVerification: 'required', challenge: expect.any(String) } });
    expect(body.options.allowCredentials ?? []).toEqual([]);
  });
});
