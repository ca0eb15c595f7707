import 'server-only';
import { cookies } from 'next/headers';

/**
 * Which one-time-code challenge this browser is answering: kept in a short-lived HttpOnly
 * cookie rather than the URL, so it never lands in history, logs or a Referer.
 */
const challengeCookie = 'wglad.challenge';
export type ChallengePurpose = 'sign_in' | 'reverify';

export async function rememberChallenge(challengeId: string, purpose: ChallengePurpose): Promise<void> {
  (await cookies()).set({ name: challengeCookie, value: `${purpose}:${challengeId}`, httpOnly: true, sameSite: 'strict', secure: process.env.NODE_ENV === 'production', path: '/', maxAge: 5 * 60 });
}

export async function pendingChallenge(purpose: ChallengePurpose): Promise<string | null> {
  const [storedPurpose, challengeId] = ((await cookies()).get(challengeCookie)?.value ?? '').split(':');
  return storedPurpose === purpose && challengeId ? challengeId : null;
}

export async function forgetChallenge(): Promise<void> {
  (await cookies()).delete(challengeCookie);
}
