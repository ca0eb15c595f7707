import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';

/**
 * The browser's side of the passkey endpoints (app/api/passkeys): JSON in, JSON or
 * problem+json out, turned into a small set of outcomes the components translate.
 */

export type ProblemKind = 'reverify' | 'unauthenticated' | 'rate_limited' | 'conflict' | 'not_found' | 'invalid' | 'failed';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ProblemKind };

function problemKind(status: number, type: string | undefined): ProblemKind {
  if (status === 401) return type?.endsWith('/reverification-required') ? 'reverify' : 'unauthenticated';
  if (status === 429) return 'rate_limited';
  if (status === 409) return 'conflict';
  if (status === 404) return 'not_found';
  if (status === 400) return 'invalid';
  return 'failed';
}

export async function callPasskeyApi<T>(url: string, init: { method: 'POST' | 'DELETE'; body?: unknown }): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (response.ok) return { ok: true, data: (response.status === 204 ? null : await response.json()) as T };
    const problem = (await response.json().catch(() => ({}))) as { type?: string };
    return { ok: false, problem: problemKind(response.status, problem.type) };
  } catch {
    return { ok: false, problem: 'failed' };
  }
}

export interface ChallengeOptions<T> {
  challengeId: string;
  options: T;
}
export type RegistrationChallenge = ChallengeOptions<PublicKeyCredentialCreationOptionsJSON>;
export type AuthenticationChallenge = ChallengeOptions<PublicKeyCredentialRequestOptionsJSON>;

/** What went wrong on the device side: the customer cancelled or timed out, the key is already there, or anything else. */
export function ceremonyFailure(error: unknown): 'cancelled' | 'alreadyRegistered' | 'failed' {
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError') return 'alreadyRegistered';
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
  // WebAuthnError keeps the browser's DOMException as its cause.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof Error && cause.name === 'NotAllowedError') return 'cancelled';
  return 'failed';
}
