'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { verifyAndRecord } from '@/lib/audit/verification-record';
import { requireStaff } from '@/lib/auth';

// Back to the same filtered explorer page; never anywhere else.
const returnToSchema = z.string().regex(/^\/staff\/audit(\?[^\s#]*)?$/).max(2048).catch('/staff/audit');

/** "Zweryfikuj teraz": walks the whole hash chain, keeps the result, and shows it on the explorer. */
export async function verifyChainAction(formData: FormData): Promise<void> {
  await requireStaff('audit.view');
  const returnTo = returnToSchema.parse(formData.get('returnTo') ?? undefined);
  const result = await verifyAndRecord();
  const url = new URL(returnTo, 'http://x');
  url.searchParams.set('verified', result.ok ? 'ok' : 'broken');
  revalidatePath('/staff/audit');
  redirect(`${url.pathname}${url.search}`);
}
