'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { RequestDoneKey, StaffFormState } from '@/components/staff/form-state';
import { requireStaff } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { liftRecordingHold, placeRecordingHold } from '@/lib/holds/mutations';
import { addInternalNote, assignRequest, messageCustomer } from '@/lib/requests/casework';
import { endOfWarsawDay } from '@/lib/requests/deadlines';
import { decideRequest, resolveProposal, type DecisionResult } from '@/lib/requests/decisions';
import { decisionSchema, holdSchema, liftHoldSchema } from '@/lib/staff/schema';
import { appErrorState, formValues, requestIdSchema, zodFieldErrors } from '../../action-helpers';

/**
 * The request page's actions. Each checks the staff member's permission itself, parses the
 * form with zod, calls one function in lib/, and on success goes back to the request with a
 * status message; a refused attempt returns the form's errors and what was typed.
 */

const idSchema = z.string().regex(requestIdSchema);
const text = (max: number) => z.string().trim().min(1).max(max);

function done(requestId: string, key: RequestDoneKey): never {
  revalidatePath(`/staff/requests/${requestId}`);
  revalidatePath('/staff/requests');
  redirect(`/staff/requests/${requestId}?done=${key}`);
}

function readId(formData: FormData, name = 'requestId'): string | null {
  const parsed = idSchema.safeParse(formData.get(name));
  return parsed.success ? parsed.data : null;
}

const invalid = (attempt: number): StaffFormState => ({ attempt, fieldErrors: {}, formError: 'validation_failed' });

export async function assignAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.work');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  if (!requestId) return invalid(attempt);
  const toMe = formData.get('assignMe') === '1';
  const chosen = z.union([z.literal(''), idSchema]).safeParse(formData.get('assigneeId') ?? '');
  if (!toMe && !chosen.success) return { attempt, fieldErrors: { assigneeId: 'invalid' } };
  const assigneeId = toMe ? staff.staffUserId : chosen.data || null;
  try {
    await assignRequest(staff, requestId, assigneeId);
  } catch (error) {
    if (isAppError(error) && error.fieldErrors.some((field) => field.field === 'assigneeId')) return { attempt, fieldErrors: { assigneeId: 'invalid' } };
    return appErrorState(error, attempt);
  }
  done(requestId, assigneeId ? 'assigned' : 'unassigned');
}

export async function noteAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.work');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  if (!requestId) return invalid(attempt);
  const values = formValues(formData, ['note']);
  const parsed = z.object({ note: text(2000) }).safeParse(values);
  if (!parsed.success) return { attempt, values, fieldErrors: zodFieldErrors(parsed.error, values) };
  try {
    await addInternalNote(staff, requestId, parsed.data.note);
  } catch (error) {
    return appErrorState(error, attempt, values);
  }
  done(requestId, 'noteAdded');
}

export async function messageAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.work');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  if (!requestId) return invalid(attempt);
  const values = formValues(formData, ['text', 'awaitingReply']);
  const parsed = z.object({ text: text(2000), awaitingReply: z.string() }).safeParse(values);
  if (!parsed.success) return { attempt, values, fieldErrors: zodFieldErrors(parsed.error, values) };
  const awaitingReply = parsed.data.awaitingReply === '1';
  try {
    await messageCustomer(staff, requestId, { text: parsed.data.text, awaitingReply });
  } catch (error) {
    return appErrorState(error, attempt, values);
  }
  done(requestId, awaitingReply ? 'messageSentPaused' : 'messageSent');
}

function approvedKey(result: DecisionResult): RequestDoneKey {
  if (result.proposalId) return 'proposedApprove';
  if (result.status === 'completed') return 'approvedCompleted';
  if (result.status === 'partially_completed') return 'approvedPartial';
  return 'approvedInProgress';
}

export async function approveAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.approve');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  if (!requestId) return invalid(attempt);
  // The page asks for a second, explicit step before an erasure; a post without it is refused.
  if (formData.get('erasure') === '1' && formData.get('confirmed') !== '1') return { attempt, fieldErrors: { confirmed: 'confirm' } };
  let result: DecisionResult;
  try {
    result = await decideRequest(staff, requestId, decisionSchema.parse({ action: 'approve' }));
  } catch (error) {
    return appErrorState(error, attempt);
  }
  done(requestId, approvedKey(result));
}

export async function rejectAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.propose');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  if (!requestId) return invalid(attempt);
  const values = formValues(formData, ['legalGround', 'reason']);
  const parsed = decisionSchema.safeParse({ action: 'reject', legalGround: values.legalGround, reason: values.reason });
  if (!parsed.success) return { attempt, values, fieldErrors: zodFieldErrors(parsed.error, values) };
  let result: DecisionResult;
  try {
    result = await decideRequest(staff, requestId, parsed.data);
  } catch (error) {
    return appErrorState(error, attempt, values);
  }
  done(requestId, result.proposalId ? 'proposedReject' : 'rejected');
}

export async function extendAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.decide');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  if (!requestId) return invalid(attempt);
  const values = formValues(formData, ['extendByDays', 'reason']);
  const days = values.extendByDays?.trim() ? Number(values.extendByDays) : Number.NaN;
  const parsed = decisionSchema.safeParse({ action: 'extend', reason: values.reason, extendByDays: days });
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error, values);
    if (fieldErrors.extendByDays) fieldErrors.extendByDays = values.extendByDays?.trim() ? 'daysRange' : 'required';
    return { attempt, values, fieldErrors };
  }
  try {
    await decideRequest(staff, requestId, parsed.data);
  } catch (error) {
    if (isAppError(error) && error.fieldErrors.some((field) => field.field === 'extendByDays')) {
      return { attempt, values, fieldErrors: { extendByDays: error.code === 'conflict' ? 'tooLate' : 'beyondLimit' } };
    }
    return appErrorState(error, attempt, values);
  }
  done(requestId, 'extended');
}

export async function resolveProposalAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('requests.decide');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  const proposalId = readId(formData, 'proposalId');
  const decision = formData.get('decision');
  if (!requestId || !proposalId || (decision !== 'confirm' && decision !== 'decline')) return invalid(attempt);
  if (decision === 'confirm' && formData.get('erasure') === '1' && formData.get('confirmed') !== '1') return { attempt, fieldErrors: { confirmed: 'confirm' } };
  try {
    await resolveProposal(staff, proposalId, decision === 'confirm');
  } catch (error) {
    return appErrorState(error, attempt);
  }
  done(requestId, decision === 'confirm' ? 'proposalConfirmed' : 'proposalDeclined');
}

/** YYYY-MM-DD from a date field: the hold lasts to the end of that day in Poland. */
function endOfDay(value: string): string | null | undefined {
  if (!value.trim()) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCMonth() !== date.month - 1 || check.getUTCDate() !== date.day) return null;
  return endOfWarsawDay(date).toISOString();
}

export async function placeHoldAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('holds.manage');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  const recordingId = readId(formData, 'recordingId');
  if (!requestId || !recordingId) return invalid(attempt);
  const values = formValues(formData, ['reason', 'endsOn']);
  const endsAt = endOfDay(values.endsOn ?? '');
  if (endsAt === null) return { attempt, values, fieldErrors: { endsOn: 'dateInvalid' } };
  if (endsAt && new Date(endsAt) <= new Date()) return { attempt, values, fieldErrors: { endsOn: 'datePast' } };
  const parsed = holdSchema.safeParse({ reason: values.reason, endsAt });
  if (!parsed.success) return { attempt, values, fieldErrors: zodFieldErrors(parsed.error, values) };
  try {
    await placeRecordingHold(staff, recordingId, parsed.data);
  } catch (error) {
    return appErrorState(error, attempt, values);
  }
  done(requestId, 'holdPlaced');
}

export async function liftHoldAction(previous: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const staff = await requireStaff('holds.manage');
  const attempt = previous.attempt + 1;
  const requestId = readId(formData);
  const recordingId = readId(formData, 'recordingId');
  if (!requestId || !recordingId) return invalid(attempt);
  const values = formValues(formData, ['reason']);
  const parsed = liftHoldSchema.safeParse(values);
  if (!parsed.success) return { attempt, values, fieldErrors: zodFieldErrors(parsed.error, values) };
  try {
    await liftRecordingHold(staff, recordingId, parsed.data.reason);
  } catch (error) {
    return appErrorState(error, attempt, values);
  }
  done(requestId, 'holdLifted');
}
