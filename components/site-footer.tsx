import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { BrandMark } from './icons';

export function SiteFooter() {
  const t = useTranslations('chrome');
  return (
    <footer className="print:hidden on-dark border-t border-slate-800 bg-slate-900 text-slate-300">
      <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-10 sm:px-6 md:flex-row md:items-start md:justify-between lg:px-8">
        <div className="max-w-md">
          <p className="flex items-center gap-2 text-base font-semibold text-white">
            <BrandMark className="h-7 w-7" />
            {t('brand')}
          </p>
          <p className="mt-3 text-sm leading-relaxed">{t('footer.about')}</p>
        </div>
        <nav aria-label={t('footer.navLabel')}>
          <ul className="flex flex-col gap-3 text-sm md:items-end">
            <li>
              <Link href="/how-we-record" className="rounded font-medium text-white underline-offset-4 hover:underline">
                {t('footer.howWeRecord')}
              </Link>
            </li>
            <li>
              <Link href="/staff/sign-in" className="rounded text-slate-400 underline-offset-4 hover:text-slate-200 hover:underline">
                {t('footer.staffSignIn')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
