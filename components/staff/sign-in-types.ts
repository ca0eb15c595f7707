/** Why a step of the staff sign-in failed; each has a sentence under `staffSignIn.errors`. */
export type StaffSignInError = 'credentials_wrong' | 'rate_limited' | 'already_enrolled' | 'code_wrong' | 'session_lost' | 'internal';

export type BeginEnrolmentResult = { ok: true; secret: string; qrSrc: string } | { ok: false; error: StaffSignInError };
export type CompleteEnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: StaffSignInError };

/** Server actions of the enrolment steps, handed to the client flow by the page. */
export interface EnrolmentActions {
  begin: (formData: FormData) => Promise<BeginEnrolmentResult>;
  complete: (formData: FormData) => Promise<CompleteEnrolmentResult>;
}
