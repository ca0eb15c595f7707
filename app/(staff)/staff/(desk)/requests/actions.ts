'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireStaff } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { assignRequest } from '@/lib/requests/casework';
import { requestIdSchema } from '../action-helpers';

const assignToMeSchema = z.object({
  requestId: z.string().regex(requestIdSchema),
  // Back to the same filtered queue page; never anywhere else.
  returnTo: z.string().regex(/^\/staff\/requests(\?[^\s#]*)?$/).max(2048).catch('/staff/requests'),
});

function withParams(path: string, params: Record<string, string>): string {
  const url = new URL(path, 'http://x');
  for (const key of ['done', 'error', 'assigned']) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/** "Przypisz do mnie" from the queue: one click, then back to the same page with a status message. */
export async function assignToMeAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('requests.work');
  const parsed = assignToMeSchema.safeParse({ requestId: formData.get('requestId'), returnTo: formData.get('returnTo') ?? undefined });
  if (!parsed.success) redirect(withParams('/staff/requests', { error: 'validation_failed' }));
  const { requestId, returnTo } = parsed.data;
  let target: string;
  try {
    await assignRequest(staff, requestId, staff.staffUserId);
    target = withParams(returnTo, { done: 'assigned', assigned: requestId });
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = withParams(returnTo, { error: error.code });
  }
  revalidatePath('/staff/requests');
  redirect(target);
}
