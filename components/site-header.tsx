import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { BrandMark } from './icons';
import { LanguageSwitch } from './language-switch';

/** No data access and no async: also rendered by the client-side error boundary. */
export function SiteHeader() {
  const t = useTranslations('chrome');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link href="/" className="flex items-center gap-2.5 rounded-md">
          <BrandMark className="h-9 w-9 shrink-0" />
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-semibold tracking-tight text-slate-900">{t('brand')}</span>
            <span className="hidden text-xs text-slate-600 sm:block">{t('brandTagline')}</span>
          </span>
        </Link>
        <div className="flex items-center gap-3">
          <LanguageSwitch />
          <Link
            href="/sign-in"
            className="hidden rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 sm:inline-flex"
          >
            {t('signIn')}
          </Link>
        </div>
      </div>
    </header>
  );
}
