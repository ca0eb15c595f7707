import type { ErrorCode } from '@/lib/errors';

/** Why a field was refused; each has a sentence under `staffRequest.fieldError`. */
export type StaffFieldError = 'required' | 'tooShort' | 'tooLong' | 'invalid' | 'daysRange' | 'tooLate' | 'beyondLimit' | 'dateInvalid' | 'datePast' | 'confirm';

/** What a back-office form gets back after a refused attempt (a success redirects instead). */
export interface StaffFormState {
  /** Bumped on every refused attempt, so focus moves to the first problem again. */
  attempt: number;
  fieldErrors: Partial<Record<string, StaffFieldError>>;
  /** A whole-form problem: an AppError code, shown with `errors.<code>`. */
  formError?: ErrorCode;
  /** What was typed, so nothing is lost. */
  values?: Record<string, string>;
}

export const initialStaffFormState: StaffFormState = { attempt: 0, fieldErrors: {} };

/** A server action used with useActionState. */
export type StaffFormAction = (previous: StaffFormState, formData: FormData) => Promise<StaffFormState>;

/** What the request page says after an action redirected back to it (`?done=`). */
export const requestDoneKeys = [
  'assigned',
  'unassigned',
  'noteAdded',
  'messageSent',
  'messageSentPaused',
  'approvedCompleted',
  'approvedPartial',
  'approvedInProgress',
  'proposedApprove',
  'proposedReject',
  'rejected',
  'extended',
  'proposalConfirmed',
  'proposalDeclined',
  'holdPlaced',
  'holdLifted',
] as const;

export type RequestDoneKey = (typeof requestDoneKeys)[number];
