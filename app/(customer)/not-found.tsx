import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { container, primaryButton } from '@/components/customer/ui';

/** A call or request that is not this customer's looks exactly like one that does not exist. */
export default async function CustomerNotFound() {
  const t = await getTranslations('customerNav.notFound');
  return (
    <div className={`${container} py-16 sm:py-24`}>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('code')}</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg leading-relaxed text-slate-700">{t('body')}</p>
      <p className="mt-8">
        <Link href="/calls" className={primaryButton}>
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
