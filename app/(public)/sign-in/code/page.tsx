import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CodeForm } from '@/components/sign-in/code-form';
import { SignInCard } from '@/components/sign-in/sign-in-card';
import { pendingChallenge } from '@/lib/identity/challenge-cookie';
import { returnPathSchema } from '@/lib/i18n/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('code.title') };
}

export default async function SignInCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const t = await getTranslations('signIn');
  const next = returnPathSchema.catch('/calls').parse((await searchParams).next ?? '/calls');
  const challengeId = await pendingChallenge('sign_in');
  return (
    <SignInCard title={t('code.title')} lead={<p>{t('code.lead')}</p>}>
      {challengeId ? (
        <>
          <noscript>
            <p className="mb-4 rounded-lg bg-amber-50 p-3 text-amber-900">{t('code.needsJavaScript')}</p>
          </noscript>
          <CodeForm challengeId={challengeId} next={next} />
        </>
      ) : (
        <p role="status">{t('code.noChallenge')}</p>
      )}
      <p className="mt-8 text-sm text-slate-700">
        {t('code.noSms')}{' '}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-semibold text-brand-800 underline underline-offset-4">
          {t('code.startAgain')}
        </Link>
      </p>
    </SignInCard>
  );
}
