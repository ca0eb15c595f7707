import { test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { fileRequestInBrowser, seedCustomer, signInCustomerInBrowser, type SeededCustomer } from './customer';
import { contextOptions, staffSession, type TestStaff } from './staff-browser';

type Desk<Roles extends TestStaff> = Record<Roles, Page> & {
  /** A fresh customer with `calls` calls files a request of `type` in the portal; their signed-in page comes back with it. */
  customerFiles(request: APIRequestContext, type: 'access' | 'erasure' | 'restriction', calls?: number): Promise<{ customer: SeededCustomer; portal: Page; requestId: string }>;
};

/**
 * The browsers of a back-office spec file: one signed-in page per staff role asked for, and a
 * customer's browser, opened once for the whole file (staff sign-in is limited to 10 per 10
 * minutes per e-mail) and closed after it. Use the returned object inside tests only.
 */
export function openDesk<Roles extends TestStaff>(...roles: Roles[]): Desk<Roles> {
  const contexts: BrowserContext[] = [];
  const desk = {
    async customerFiles(request: APIRequestContext, type: 'access' | 'erasure' | 'restriction', calls = 1) {
      const customer = await seedCustomer(request, calls);
      const portal = await contexts[0]!.newPage();
      await signInCustomerInBrowser(portal, customer);
      return { customer, portal, requestId: await fileRequestInBrowser(portal, type) };
    },
  } as Desk<Roles>;

  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    contexts.push(await browser.newContext(contextOptions()));
    for (const role of roles) {
      const session = await staffSession(browser, role);
      contexts.push(session.context);
      (desk as unknown as Record<TestStaff, Page>)[role] = session.page;
    }
  });
  test.afterAll(async () => {
    for (const context of contexts) await context.close();
  });
  return desk;
}
