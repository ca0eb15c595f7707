import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StaffPublicShell } from '@/components/staff/staff-public-shell';
import { SignOutButton } from '@/components/staff/sign-out-button';
import { primaryButton } from '@/components/staff/ui';

/**
 * A back-office page that does not exist, or one this role may not open (requireStaff answers
 * "not found" rather than revealing the page): the same answer for both.
 */
export default async function StaffNotFound() {
  const t = await getTranslations('staffNav.notFound');
  return (
    <StaffPublicShell>
      <div className="mx-auto max-w-2xl px-4 py-16 sm:py-20">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('code')}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <p className="mt-3 leading-relaxed text-slate-700">{t('body')}</p>
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <Link href="/staff" className={primaryButton}>
            {t('back')}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </StaffPublicShell>
  );
}
