'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { AdminFormState } from '@/components/admin/form-state';
import { requireStaff } from '@/lib/auth';
import { logger } from '@/lib/logger';
import { updateProcessingPurpose } from '@/lib/processing/mutations';
import { processingPurposeFormSchema, processingTextFields } from '@/lib/processing/schema';

/** Saves one purpose of the record of processing; `settings.manage` is checked here, not only by the layout. */
export async function saveProcessingPurposeAction(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const staff = await requireStaff('settings.manage');
  const attempt = previous.attempt + 1;
  const textNames = processingTextFields.flatMap((field) => [`${field}Pl`, `${field}En`]);
  const values: Record<string, string | string[]> = {
    purpose: String(formData.get('purpose') ?? ''),
    retentionDays: String(formData.get('retentionDays') ?? '').trim(),
    legalBases: formData.getAll('legalBases').map(String),
    ...Object.fromEntries(textNames.map((name) => [name, String(formData.get(name) ?? '')])),
  };
  const parsed = processingPurposeFormSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: AdminFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (fieldErrors[field]) continue;
      if (field === 'legalBases') fieldErrors.legalBases = 'legalBases';
      else if (field === 'retentionDays') fieldErrors.retentionDays = 'days';
      else if (field === 'purpose') return { attempt, fieldErrors: {}, failed: true, values };
      else fieldErrors[field] = issue.code === 'too_big' ? 'tooLong' : 'required';
    }
    return { attempt, fieldErrors, values };
  }
  let changed: string[];
  try {
    ({ changed } = await updateProcessingPurpose(staff, parsed.data));
  } catch (error) {
    logger.error({ err: error }, 'saving the record of processing failed');
    return { attempt, fieldErrors: {}, failed: true, values };
  }
  revalidatePath('/staff/admin/processing');
  revalidatePath('/how-we-record');
  redirect(`/staff/admin/processing?${new URLSearchParams({ done: changed.length ? 'saved' : 'unchanged', purpose: parsed.data.purpose })}#purpose-${parsed.data.purpose}`);
}
