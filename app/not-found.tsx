import type { Metadata } from 'next';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SiteShell } from '@/components/site-shell';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFoundPage');
  return { title: t('title') };
}

export default function NotFound() {
  const t = useTranslations('notFoundPage');
  const common = useTranslations('common');
  return (
    <SiteShell>
      <section aria-labelledby="not-found-title" className="mx-auto max-w-2xl px-4 py-20 sm:px-6 sm:py-28">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('code')}</p>
        <h1 id="not-found-title" className="mt-3 text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-700">{t('body')}</p>
        <p className="mt-8">
          <Link
            href="/"
            className="inline-flex items-center rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-800"
          >
            {common('backHome')}
          </Link>
        </p>
      </section>
    </SiteShell>
  );
}
