import { SessionExpiryWarning } from '@/components/session/session-expiry-warning';
import type { Metadata } from 'next';
import { CustomerHeader } from '@/components/customer/customer-header';
import { SiteFooter } from '@/components/site-footer';
import { requireCustomer } from '@/lib/auth';
import { signOutAction } from './actions';
import { SkipLink } from '@/components/skip-link';

/** Nothing behind sign-in belongs in a search engine or a shared cache. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The signed-in customer's pages. This check is the first of two: every page and action
 * below calls requireCustomer() again, so no page depends on this layout for its safety.
 */
export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const session = await requireCustomer();
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <CustomerHeader phone={session.phone} signOutAction={signOutAction} />
      <SessionExpiryWarning expiresAt={session.expiresAt.toISOString()} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
