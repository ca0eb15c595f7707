'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { verifyNowForStaff } from '@/lib/audit/verification-record';
import { requireStaff } from '@/lib/auth';
import { AppError } from '@/lib/errors';

// Back to the same filtered explorer page; never anywhere else.
const returnToSchema = z.string().regex(/^\/staff\/audit(\?[^\s#]*)?$/).max(2048).catch('/staff/audit');

async function verifyOutcome(staffUserId: string): Promise<'ok' | 'broken' | 'limited'> {
  try {
    return (await verifyNowForStaff(staffUserId)).ok ? 'ok' : 'broken';
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return 'limited';
    throw error;
  }
}

/** "Zweryfikuj teraz": walks the whole hash chain, keeps the result, and shows it on the explorer. */
export async function verifyChainAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('audit.view');
  const returnTo = returnToSchema.parse(formData.get('returnTo') ?? undefined);
  const url = new URL(returnTo, 'http://x');
  url.searchParams.set('verified', await verifyOutcome(staff.staffUserId));
  revalidatePath('/staff/audit');
  redirect(`${url.pathname}${url.search}`);
}
