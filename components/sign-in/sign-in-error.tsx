'use client';

import { useTranslations } from 'next-intl';
import type { SignInFormState } from '@/lib/identity/actions';

/** One clear sentence per reason a sign-in step failed. */
export function SignInError({ error, retryAfterMinutes }: { error: NonNullable<SignInFormState['error']>; retryAfterMinutes?: number }) {
  const t = useTranslations('signIn.errors');
  return <>{error === 'rate_limited' ? t('rate_limited', { minutes: retryAfterMinutes ?? 1 }) : t(error)}</>;
}
