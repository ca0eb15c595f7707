import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReverifyForms } from '@/components/sign-in/reverify-forms';
import { SignInCard } from '@/components/sign-in/sign-in-card';
import { requireCustomer } from '@/lib/auth';
import { returnPathSchema } from '@/lib/i18n/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('reverify.title') };
}

/** Rule 9: before a download or an erasure the customer proves possession of the line again. */
export default async function ReverifyPage({ searchParams }: { searchParams: Promise<{ next?: string; sent?: string }> }) {
  await requireCustomer();
  const t = await getTranslations('signIn');
  const params = await searchParams;
  const next = returnPathSchema.catch('/calls').parse(params.next ?? '/calls');
  return (
    <SignInCard title={t('reverify.title')} lead={<p>{params.sent ? t('code.lead') : t('reverify.lead')}</p>}>
      <ReverifyForms next={next} sent={params.sent === '1'} />
    </SignInCard>
  );
}
