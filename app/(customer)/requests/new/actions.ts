'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { RequestFormState, RequestFormValues } from '@/components/customer/request-form-state';
import { requireCustomer } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { purposeSchema } from '@/lib/recordings/schema';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { fileRequestSchema, requestTypeSchema, type FileRequestInput } from '@/lib/requests/schema';

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The form as posted: each purpose list has its own field, and only the one for the chosen type counts. */
const requestFormSchema = z.object({
  type: requestTypeSchema.optional().catch(undefined),
  scope: z.enum(['all', 'chosen']).catch('all'),
  callIds: z.array(idSchema).max(1000),
  withdrawalPurposes: z.array(purposeSchema).max(5),
  objectionPurposes: z.array(purposeSchema).max(5),
  message: z.string().max(10_000),
});

function readForm(formData: FormData): RequestFormValues | null {
  const text = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === 'string');
  const parsed = requestFormSchema.safeParse({
    type: formData.get('type') ?? undefined,
    scope: formData.get('scope') ?? 'all',
    callIds: text('callIds'),
    withdrawalPurposes: text('withdrawalPurposes'),
    objectionPurposes: text('objectionPurposes'),
    message: formData.get('message') ?? '',
  });
  return parsed.success ? parsed.data : null;
}

/** Where to confirm identity, coming back to this form with the same type and calls. */
function reverifyHref(values: RequestFormValues): string {
  const back = new URLSearchParams();
  if (values.type) back.set('type', values.type);
  if (values.scope === 'chosen') for (const id of values.callIds.slice(0, 20)) back.append('call', id);
  return `/sign-in/reverify?next=${encodeURIComponent(`/requests/new?${back.toString()}`)}`;
}

/** Files the customer's request and opens it, where the due date is shown at once. */
export async function fileRequestAction(previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  const session = await requireCustomer();
  const attempt = previous.attempt + 1;
  const values = readForm(formData);
  if (!values) return { attempt, fieldErrors: {}, formError: { kind: 'error', code: 'validation_failed' } };

  const fieldErrors: RequestFormState['fieldErrors'] = {};
  const purposes = values.type === 'consent_withdrawal' ? values.withdrawalPurposes : values.type === 'objection' ? values.objectionPurposes : [];
  if (!values.type) fieldErrors.type = 'type';
  if (values.type === 'consent_withdrawal' && purposes.length === 0) fieldErrors.purposes = 'purposes';
  if (values.type !== 'consent_withdrawal' && values.scope === 'chosen' && values.callIds.length === 0) fieldErrors.calls = 'calls';
  if (values.message.trim().length > 2000) fieldErrors.message = 'message';

  const input: FileRequestInput | undefined = values.type
    ? {
        type: values.type,
        recordingIds: values.type !== 'consent_withdrawal' && values.scope === 'chosen' ? [...new Set(values.callIds)] : undefined,
        purposes: purposes.length > 0 ? [...new Set(purposes)] : undefined,
        message: values.message.trim() || undefined,
      }
    : undefined;
  const checked = input ? fileRequestSchema.safeParse(input) : undefined;
  if (Object.keys(fieldErrors).length > 0 || !checked?.success) {
    return { attempt, values, fieldErrors, formError: Object.keys(fieldErrors).length ? undefined : { kind: 'error', code: 'validation_failed' } };
  }

  let requestId: string;
  try {
    requestId = (await fileCustomerRequest(session, checked.data)).id;
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === 'reverification_required') return { attempt, values, fieldErrors: {}, formError: { kind: 'reverify', href: reverifyHref(values) } };
    if (error.code === 'not_found') return { attempt, values, fieldErrors: { calls: 'callsNotFound' } };
    return { attempt, values, fieldErrors: {}, formError: { kind: 'error', code: error.code } };
  }
  redirect(`/requests/${encodeURIComponent(requestId)}?filed=1`);
}
