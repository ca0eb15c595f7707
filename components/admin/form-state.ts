import type messages from '@/lib/i18n/messages/pl.json';

/** Why a field was refused; each has a sentence under `admin.fieldError`. */
export type AdminFieldError = keyof (typeof messages)['admin']['fieldError'];

/** What an admin form gets back after an attempt; a refused one keeps what was typed. */
export interface AdminFormState {
  /** Bumped on every attempt, so focus moves to the first problem (or the result) again. */
  attempt: number;
  fieldErrors: Partial<Record<string, AdminFieldError>>;
  /** The change could not be saved for a reason that is no field's fault. */
  failed?: boolean;
  values?: Record<string, string | string[]>;
}

/** The invite form additionally gets the one-time password, shown once and never put in a URL. */
export interface InviteFormState extends AdminFormState {
  invited?: { name: string; email: string; temporaryPassword: string };
}

export const initialAdminFormState: AdminFormState = { attempt: 0, fieldErrors: {} };

export type AdminFormAction<S extends AdminFormState = AdminFormState> = (previous: S, formData: FormData) => Promise<S>;

/** What the staff page says after a row action redirected back (`?done=` / `?problem=`). */
export const staffDoneKeys = ['rolesChanged', 'deactivated', 'reactivated', 'secondFactorReset', 'unlocked'] as const;
export type StaffDoneKey = (typeof staffDoneKeys)[number];
export const staffProblemKeys = ['lastAdmin', 'noRole', 'notFound', 'failed'] as const;
export type StaffProblemKey = (typeof staffProblemKeys)[number];
