import 'server-only';
import type { z } from 'zod';
import type { StaffFieldError, StaffFormState } from '@/components/staff/form-state';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';

/** Shared by the back office's server actions: turn what went wrong into what the form shows. */

export const requestIdSchema = /^[A-Za-z0-9_-]{1,64}$/;

/** The form's values as text, to give back after a refused attempt. */
export function formValues(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, typeof formData.get(name) === 'string' ? (formData.get(name) as string) : '']));
}

/** One problem per field, named so the form can say it in the staff member's language. */
export function zodFieldErrors(error: z.ZodError, values: Record<string, string> = {}): StaffFormState['fieldErrors'] {
  const out: StaffFormState['fieldErrors'] = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (out[field]) continue;
    let problem: StaffFieldError = 'invalid';
    if (field in values && !values[field]?.trim()) problem = 'required';
    else if (issue.code === 'too_small') problem = issue.origin === 'number' ? 'daysRange' : 'tooShort';
    else if (issue.code === 'too_big') problem = issue.origin === 'number' ? 'daysRange' : 'tooLong';
    out[field] = problem;
  }
  return out;
}

/** An AppError from lib/ becomes a form error (its sentence is `errors.<code>`); anything else is logged and shown as internal. */
export function appErrorState(error: unknown, attempt: number, values?: Record<string, string>): StaffFormState {
  if (isAppError(error)) return { attempt, fieldErrors: {}, formError: error.code, values };
  logger.error({ err: error }, 'back-office action failed');
  return { attempt, fieldErrors: {}, formError: 'internal', values };
}
