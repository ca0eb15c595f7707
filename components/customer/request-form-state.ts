import type { Purpose, RequestType } from '@/generated/prisma/client';

/** What the filing form sends back to itself after a failed attempt (a success redirects instead). */
export interface RequestFormValues {
  type?: RequestType;
  scope: 'all' | 'chosen';
  callIds: string[];
  withdrawalPurposes: Purpose[];
  objectionPurposes: Purpose[];
  message: string;
}

export type RequestFieldError = 'type' | 'purposes' | 'calls' | 'message';

export interface RequestFormState {
  /** Bumped on every failed attempt, so the error summary takes focus again. */
  attempt: number;
  values?: RequestFormValues;
  fieldErrors: Partial<Record<'type' | 'purposes' | 'calls' | 'message', RequestFieldError | 'callsNotFound'>>;
  /** A whole-form problem: an AppError code, or "reverify" with the address to confirm identity at. */
  formError?: { kind: 'reverify'; href: string } | { kind: 'error'; code: string };
}

export const initialRequestFormState: RequestFormState = { attempt: 0, fieldErrors: {} };
