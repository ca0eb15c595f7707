'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { StaffFormState } from '@/components/staff/form-state';
import { requireStaff } from '@/lib/auth';
import { eraseQuarantinedRecording, releaseQuarantinedRecording } from '@/lib/recordings/quarantine';
import { appErrorState, formValues, requestIdSchema, zodFieldErrors } from '../action-helpers';

/** The quarantine screen's two decisions; each checks the permission itself and goes back to the list with a status message. */

const recordingIdSchema = z.string().regex(requestIdSchema);
const releaseSchema = z.object({ reason: z.string().trim().min(10).max(500) });

function done(key: 'erased' | 'released' | 'kept'): never {
  revalidatePath('/staff/quarantine');
  redirect(`/staff/quarantine?done=${key}`);
}

const invalid = (attempt: number): StaffFormState => ({ attempt, fieldErrors: {}, formError: 'validation_failed' });

export async function eraseQuarantinedAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('quarantine.resolve');
  const attempt = previous.attempt + 1;
  const recordingId = recordingIdSchema.safeParse(formData.get('recordingId'));
  if (!recordingId.success) return invalid(attempt);
  if (formData.get('confirmed') !== '1') return { attempt, fieldErrors: { confirmed: 'required' } };
  let outcome: string;
  try {
    outcome = await eraseQuarantinedRecording(staff, recordingId.data);
  } catch (error) {
    return appErrorState(error, attempt);
  }
  done(outcome === 'erased' ? 'erased' : 'kept');
}

export async function releaseQuarantinedAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('quarantine.resolve');
  const attempt = previous.attempt + 1;
  const recordingId = recordingIdSchema.safeParse(formData.get('recordingId'));
  if (!recordingId.success) return invalid(attempt);
  const values = formValues(formData, ['reason']);
  const parsed = releaseSchema.safeParse(values);
  if (!parsed.success) return { attempt, values, fieldErrors: zodFieldErrors(parsed.error, values) };
  try {
    await releaseQuarantinedRecording(staff, recordingId.data, parsed.data.reason);
  } catch (error) {
    return appErrorState(error, attempt, values);
  }
  done('released');
}
