import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PasskeySignIn } from '@/components/passkeys/passkey-sign-in';
import { CredentialsForm } from '@/components/sign-in/credentials-form';
import { SignInCard } from '@/components/sign-in/sign-in-card';
import { returnPathSchema } from '@/lib/i18n/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; expired?: string }> }) {
  const t = await getTranslations('signIn');
  const params = await searchParams;
  const next = returnPathSchema.catch('/calls').parse(params.next ?? '/calls');
  return (
    <SignInCard
      title={t('title')}
      lead={
        <>
          {params.expired && <p role="status" className="mb-4 rounded-lg bg-amber-50 p-3 text-amber-900">{t('expired')}</p>}
          <p>{t('lead')}</p>
          <p className="mt-2 text-sm text-slate-600">{t('privacyNote')}</p>
        </>
      }
    >
      <CredentialsForm next={next} />
      {/* Rule 8: returning customers may use a passkey instead of the SMS code. */}
      <PasskeySignIn next={next} />
    </SignInCard>
  );
}
