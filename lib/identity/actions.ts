'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { requireCustomer } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { clientAddress } from '@/lib/http/client-address';
import { toLocale } from '@/lib/i18n/locales';
import { returnPathSchema } from '@/lib/i18n/schema';
import { forgetChallenge, pendingChallenge, rememberChallenge } from './challenge-cookie';
import { CodeRejectedError, createReverifyChallenge, createSignInChallenge, verifyChallengeCode } from './otp';
import { challengeRequestSchema } from './schema';
import { extendCustomerSession, markSessionReverified } from './sessions';

export interface SignInFormState {
  fieldErrors?: Partial<Record<'phone' | 'customerNumber' | 'code', string>>;
  /** A key under `signIn.errors`. */
  error?: 'rate_limited' | 'unavailable' | 'code_wrong' | 'code_expired' | 'code_exhausted' | 'internal';
  retryAfterMinutes?: number;
  values?: { phone?: string; customerNumber?: string };
}

function failure(error: unknown): SignInFormState {
  if (!isAppError(error)) throw error;
  if (error.code === 'rate_limited') return { error: 'rate_limited', retryAfterMinutes: Math.ceil((error.retryAfterSeconds ?? 60) / 60) };
  if (error.code === 'unavailable') return { error: 'unavailable' };
  throw error;
}

/** Step 1 of sign-in: phone number and customer number. The answer is the same whether or not they match. */
export async function requestSignInCode(_state: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const values = { phone: String(formData.get('phone') ?? ''), customerNumber: String(formData.get('customerNumber') ?? '') };
  const parsed = challengeRequestSchema.safeParse(values);
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    return { values, fieldErrors: { ...(fields.has('phone') ? { phone: 'phone' } : {}), ...(fields.has('customerNumber') ? { customerNumber: 'customerNumber' } : {}) } };
  }
  try {
    const challenge = await createSignInChallenge({ ...parsed.data, requestedFrom: clientAddress(await headers()), locale: toLocale(await getLocale()) });
    await rememberChallenge(challenge.challengeId, 'sign_in');
  } catch (error) {
    return { values, ...failure(error) };
  }
  const next = returnPathSchema.catch('/calls').parse(formData.get('next') ?? '/calls');
  redirect(`/sign-in/code?next=${encodeURIComponent(next)}`);
}

/** Before a download or an erasure: a new code to the line the customer signed in with. */
export async function requestReverificationCode(_state: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const session = await requireCustomer();
  try {
    if (!session.phone) return { error: 'unavailable' };
    const challenge = await createReverifyChallenge({ customerId: session.customerId, sessionId: session.sessionId, phone: session.phone, requestedFrom: clientAddress(await headers()), locale: toLocale(await getLocale()) });
    await rememberChallenge(challenge.challengeId, 'reverify');
  } catch (error) {
    return failure(error);
  }
  const next = returnPathSchema.catch('/calls').parse(formData.get('next') ?? '/calls');
  redirect(`/sign-in/reverify?sent=1&next=${encodeURIComponent(next)}`);
}

/** Completes a re-verification; sign-in itself completes through next-auth (see lib/auth.ts). */
export async function confirmReverification(_state: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const session = await requireCustomer();
  const code = z.string().trim().regex(/^\d{6}$/).safeParse(formData.get('code'));
  if (!code.success) return { fieldErrors: { code: 'code' } };
  const challengeId = await pendingChallenge('reverify');
  if (!challengeId) return { error: 'code_expired' };
  try {
    const verified = await verifyChallengeCode(challengeId, code.data);
    if (verified.sessionId !== session.sessionId) return { error: 'code_wrong' };
    await markSessionReverified(session.sessionId, session.customerId);
  } catch (error) {
    if (error instanceof CodeRejectedError) return { error: error.reason };
    throw error;
  }
  await forgetChallenge();
  redirect(returnPathSchema.catch('/calls').parse(formData.get('next') ?? '/calls'));
}

/** "Stay signed in" from the expiry warning: activity now; returns the new end of the session. */
export async function extendSessionAction(): Promise<string> {
  const session = await requireCustomer();
  return (await extendCustomerSession(session.sessionId)).toISOString();
}
