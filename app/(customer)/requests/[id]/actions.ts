'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireCustomer } from '@/lib/auth';
import { customerReplies } from '@/lib/requests/casework';

/**
 * The customer's answer to a question from staff: it ends the clock pause (rule 3). A plain
 * form post, so it works without JavaScript; the page says what happened through its query.
 */
const replySchema = z.object({ requestId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), text: z.string().trim().min(1).max(2000) });

export async function replyAction(formData: FormData): Promise<void> {
  const session = await requireCustomer();
  const requestId = String(formData.get('requestId') ?? '');
  const parsed = replySchema.safeParse({ requestId, text: formData.get('text') ?? '' });
  if (!parsed.success) redirect(`/requests/${encodeURIComponent(requestId)}?reply=invalid#reply`);
  await customerReplies(session.customerId, parsed.data.requestId, parsed.data.text);
  revalidatePath(`/requests/${parsed.data.requestId}`);
  redirect(`/requests/${parsed.data.requestId}?reply=sent`);
}
