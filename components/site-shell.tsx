import { useTranslations } from 'next-intl';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Skip link, header, the one `<main>` and footer. Used by the public layout and by the
 * not-found and error pages, which render outside it.
 */
export function SiteShell({ children }: { children: React.ReactNode }) {
  const t = useTranslations('common');
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg"
      >
        {t('skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
