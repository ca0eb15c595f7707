'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { setLocale } from '@/lib/i18n/actions';
import { locales } from '@/lib/i18n/locales';

/**
 * Two submit buttons in a plain form posting to a server action, so switching works without
 * JavaScript and by keyboard alone. Each name is in its own language, marked with `lang`.
 */
export function LanguageSwitch() {
  const t = useTranslations('chrome.language');
  const current = useLocale();
  const pathname = usePathname();

  return (
    <form action={setLocale}>
      <input type="hidden" name="returnTo" value={pathname} />
      <fieldset className="flex rounded-lg border border-slate-300 bg-white p-0.5">
        <legend className="sr-only">{t('label')}</legend>
        {locales.map((locale) => {
          const active = locale === current;
          return (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={active}
              className={
                active
                  ? 'rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white'
                  : 'rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900'
              }
            >
              {t(locale)}
            </button>
          );
        })}
      </fieldset>
    </form>
  );
}
