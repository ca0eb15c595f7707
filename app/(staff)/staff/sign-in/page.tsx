import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/notice';
import { StaffPublicShell } from '@/components/staff/staff-public-shell';
import { StaffSignInFlow } from '@/components/staff/sign-in-flow';
import { beginEnrolmentAction, completeEnrolmentAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staffSignIn'))('metaTitle') };
}

/** Public: the staff layout's guard sends everyone without a live staff session here. */
export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  const t = await getTranslations('staffSignIn');
  const { signedOut } = await searchParams;
  return (
    <StaffPublicShell>
      <div className="mx-auto w-full max-w-lg px-4 py-10 sm:py-14">
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t('title')}</h1>
          <p className="mt-2 text-slate-700">{t('lead')}</p>
          {signedOut === '1' ? (
            <Notice size="compact" tone="success" role="status" className="mt-4">
              <p>{t('signedOut')}</p>
            </Notice>
          ) : null}
          <noscript>
            <p className="mt-4 rounded-lg bg-amber-50 p-3 text-amber-950">{t('needsJavaScript')}</p>
          </noscript>
          <div className="mt-6">
            <StaffSignInFlow actions={{ begin: beginEnrolmentAction, complete: completeEnrolmentAction }} next="/staff" />
          </div>
        </div>
      </div>
    </StaffPublicShell>
  );
}
