'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SiteShell } from '@/components/site-shell';

/**
 * Any error below the root layout. The visitor gets one sentence in their language and the
 * digest (a hash that matches the server log), never the message or stack.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errorPage');
  const common = useTranslations('common');
  const meta = useTranslations('meta');
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;

  return (
    <SiteShell>
      <title>{`${t('title')} · ${meta('brand')}`}</title>
      <section aria-labelledby="error-title" className="mx-auto max-w-2xl px-4 py-20 sm:px-6 sm:py-28">
        <h1 id="error-title" className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-700">{t('body')}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <button
            type="button"
            onClick={retry}
            className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-800"
          >
            {t('retry')}
          </button>
          <Link
            href="/"
            className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-50"
          >
            {common('backHome')}
          </Link>
        </div>
        {digest ? <p className="mt-8 text-sm text-slate-600">{t('reference', { digest })}</p> : null}
      </section>
    </SiteShell>
  );
}
