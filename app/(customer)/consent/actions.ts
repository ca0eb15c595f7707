'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireCustomer } from '@/lib/auth';
import { consentablePurposes, giveConsentInPortal } from '@/lib/consent/customer';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { isAppError } from '@/lib/errors';
import type { Purpose } from '@/generated/prisma/client';

const consentFormSchema = z.object({
  purpose: z.enum(consentablePurposes as [Purpose, ...Purpose[]]),
});

function parsePurpose(formData: FormData): Purpose {
  const parsed = consentFormSchema.safeParse({ purpose: formData.get('purpose') });
  if (!parsed.success) redirect('/consent?error=validation_failed');
  return parsed.data.purpose;
}

/**
 * Rule 20: withdrawing is one press, as easy as giving. It is filed as a consent_withdrawal
 * request, which takes effect at once; the page then shows its confirmation.
 */
export async function withdrawConsentAction(formData: FormData): Promise<void> {
  const session = await requireCustomer();
  const purpose = parsePurpose(formData);
  let requestId: string;
  try {
    requestId = (await fileCustomerRequest(session, { type: 'consent_withdrawal', purposes: [purpose] })).id;
  } catch (error) {
    if (isAppError(error)) redirect(`/consent?error=${error.code}`);
    throw error;
  }
  redirect(`/consent?withdrawn=${encodeURIComponent(requestId)}`);
}

/** Giving consent again is an active step with its proof (rule 19), recorded as given in the portal. */
export async function giveConsentAction(formData: FormData): Promise<void> {
  const session = await requireCustomer();
  const purpose = parsePurpose(formData);
  try {
    await giveConsentInPortal(session, [purpose]);
  } catch (error) {
    if (isAppError(error)) redirect(`/consent?error=${error.code}`);
    throw error;
  }
  redirect(`/consent?given=${purpose}`);
}
