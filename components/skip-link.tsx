import { useTranslations } from 'next-intl';

/** The first stop of the Tab key on every page: straight to the one `<main id="main">`. */
export function SkipLink() {
  const t = useTranslations('common');
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg"
    >
      {t('skipToContent')}
    </a>
  );
}
