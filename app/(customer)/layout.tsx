import { SessionExpiryWarning } from '@/components/session/session-expiry-warning';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CustomerHeader } from '@/components/customer/customer-header';
import { SiteFooter } from '@/components/site-footer';
import { requireCustomer } from '@/lib/auth';
import { signOutAction } from './actions';

/** Nothing behind sign-in belongs in a search engine or a shared cache. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The signed-in customer's pages. This check is the first of two: every page and action
 * below calls requireCustomer() again, so no page depends on this layout for its safety.
 */
export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const session = await requireCustomer();
  const t = await getTranslations('common');
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg"
      >
        {t('skipToContent')}
      </a>
      <CustomerHeader phone={session.phone} signOutAction={signOutAction} />
      <SessionExpiryWarning expiresAt={session.expiresAt.toISOString()} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
