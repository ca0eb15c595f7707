'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import type { BeginEnrolmentResult, CompleteEnrolmentResult, StaffSignInError } from '@/components/staff/sign-in-types';
import { isAppError } from '@/lib/errors';
import { clientAddress } from '@/lib/http/client-address';
import { logger } from '@/lib/logger';
import { beginTotpEnrolment, completeTotpEnrolment } from '@/lib/staff/enrolment';

/**
 * The enrolment steps of a first staff sign-in. Each proves the password again (nothing is
 * kept between the steps on the server), so neither step works for someone without it.
 */

const credentialsSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(1024) });
const codeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/) });

function refusal(error: unknown): StaffSignInError {
  if (!isAppError(error)) {
    logger.error({ err: error }, 'staff enrolment failed');
    return 'internal';
  }
  if (error.code === 'rate_limited') return 'rate_limited';
  if (error.code === 'conflict') return 'already_enrolled';
  if (error.code === 'validation_failed') return 'code_wrong';
  return 'credentials_wrong';
}

async function readCredentials(formData: FormData) {
  const parsed = credentialsSchema.safeParse({ email: formData.get('email'), password: formData.get('password') });
  if (!parsed.success) return null;
  return { ...parsed.data, requestedFrom: clientAddress(await headers()) };
}

export async function beginEnrolmentAction(formData: FormData): Promise<BeginEnrolmentResult> {
  const credentials = await readCredentials(formData);
  if (!credentials) return { ok: false, error: 'credentials_wrong' };
  try {
    const { secret, qrSvg } = await beginTotpEnrolment(credentials);
    return { ok: true, secret, qrSrc: `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}` };
  } catch (error) {
    return { ok: false, error: refusal(error) };
  }
}

export async function completeEnrolmentAction(formData: FormData): Promise<CompleteEnrolmentResult> {
  const credentials = await readCredentials(formData);
  if (!credentials) return { ok: false, error: 'credentials_wrong' };
  const code = codeSchema.safeParse({ code: formData.get('code') });
  if (!code.success) return { ok: false, error: 'code_wrong' };
  try {
    return { ok: true, recoveryCodes: await completeTotpEnrolment(credentials, code.data.code) };
  } catch (error) {
    return { ok: false, error: refusal(error) };
  }
}
