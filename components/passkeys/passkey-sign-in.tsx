'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { startAuthentication } from '@simplewebauthn/browser';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { alertClass, fieldErrorClass, hintClass, inputClass, labelClass } from '@/components/sign-in/form-styles';
import { callPasskeyApi, ceremonyFailure, type AuthenticationChallenge } from './ceremony';
import { useWebAuthnSupport } from './use-webauthn-support';

const signInErrors = ['passkey_expired', 'passkey_rejected', 'passkey_no_line', 'cancelled', 'rate_limited', 'internal'] as const;
type SignInError = (typeof signInErrors)[number];

const passkeyButtonClass =
  'inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-lg border-2 border-brand-700 bg-white px-5 py-3 text-base font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60 sm:w-auto';

function KeyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="7.5" cy="15.5" r="4.5" />
      <path d="m10.7 12.3 9.8-9.8M16 7l3 3M18.5 4.5l2 2" />
    </svg>
  );
}

/**
 * "Sign in with a passkey" (rule 8): usernameless first — the passkey names the customer —
 * with the customer number as a fallback for keys the device cannot offer by itself.
 */
export function PasskeySignIn({ next }: { next: string }) {
  const t = useTranslations('passkeys.signIn');
  const tErrors = useTranslations('passkeys.errors');
  const router = useRouter();
  const ids = useId();
  // Known only in the browser; until then the controls are shown, so the server render matches.
  const supported = useWebAuthnSupport();
  const [state, setState] = useState<'idle' | 'working' | 'done'>('idle');
  const [error, setError] = useState<SignInError | null>(null);
  const [numberInvalid, setNumberInvalid] = useState(false);


  async function run(customerNumber?: string) {
    setError(null);
    setState('working');
    const challenge = await callPasskeyApi<AuthenticationChallenge>('/api/passkeys/authentication/options', { method: 'POST', body: customerNumber ? { customerNumber } : {} });
    if (!challenge.ok) {
      setState('idle');
      if (challenge.problem === 'invalid' && customerNumber) setNumberInvalid(true);
      else setError(challenge.problem === 'rate_limited' ? 'rate_limited' : 'internal');
      return;
    }
    let response;
    try {
      response = await startAuthentication({ optionsJSON: challenge.data.options });
    } catch (failure) {
      setState('idle');
      setError(ceremonyFailure(failure) === 'cancelled' ? 'cancelled' : 'internal');
      return;
    }
    const result = await signIn('customer-passkey', { challengeId: challenge.data.challengeId, response: JSON.stringify(response), redirect: false });
    if (result?.ok && !result.error) {
      setState('done');
      router.replace(next);
      router.refresh();
      return;
    }
    setState('idle');
    setError(signInErrors.find((known) => known === result?.error) ?? 'internal');
  }

  function submitNumber(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('customerNumber') ?? '').trim().toUpperCase();
    if (!/^[A-Z0-9._-]{1,64}$/.test(value)) {
      setNumberInvalid(true);
      return;
    }
    setNumberInvalid(false);
    void run(value);
  }

  const busy = state !== 'idle';
  const status = state === 'working' ? t('working') : state === 'done' ? t('success') : '';
  const numberId = `${ids}-customer-number`;
  return (
    <section aria-labelledby={`${ids}-title`} className="mt-10 border-t border-slate-200 pt-8">
      <p className="-mt-11 mb-6 text-center">
        <span className="bg-white px-3 text-sm font-semibold tracking-wide text-slate-600 uppercase">{t('or')}</span>
      </p>
      <h2 id={`${ids}-title`} className="text-xl font-bold text-slate-900">{t('title')}</h2>
      <p className="mt-2 text-base text-slate-700">{t('lead')}</p>
      <noscript>
        <p className="mt-4 rounded-lg bg-amber-50 p-3 text-amber-900">{t('needsJavaScript')}</p>
      </noscript>

      {/* Announced politely while the device is asked; errors interrupt. */}
      <p role="status" className={status ? 'mt-4 text-base font-medium text-slate-800' : 'sr-only'}>
        {status}
      </p>
      {error && (
        <div role="alert" className={`${alertClass} mt-4`}>
          {t(`errors.${error}`)}
        </div>
      )}

      {supported === false ? (
        <p className="mt-4 rounded-lg bg-amber-50 p-3 text-amber-900">{tErrors('unsupported')}</p>
      ) : (
        <>
          <button type="button" className={`${passkeyButtonClass} mt-5`} onClick={() => void run()} disabled={busy}>
            <KeyIcon />
            {t('button')}
          </button>
          <details className="mt-6 rounded-lg border border-slate-200 p-4 open:pb-5">
            <summary className="min-h-6 cursor-pointer text-base font-semibold text-brand-800 underline underline-offset-4">{t('withNumber')}</summary>
            <form onSubmit={submitNumber} className="mt-4 space-y-4" noValidate>
              <div>
                <label htmlFor={numberId} className={labelClass}>{t('customerNumberLabel')}</label>
                <p id={`${numberId}-hint`} className={hintClass}>{t('customerNumberHint')}</p>
                <input
                  id={numberId}
                  name="customerNumber"
                  type="text"
                  autoComplete="username"
                  autoCapitalize="characters"
                  required
                  aria-invalid={numberInvalid}
                  aria-describedby={numberInvalid ? `${numberId}-hint ${numberId}-error` : `${numberId}-hint`}
                  className={inputClass}
                />
                {numberInvalid && <p id={`${numberId}-error`} className={fieldErrorClass}>{t('customerNumberError')}</p>}
              </div>
              <button type="submit" className={passkeyButtonClass} disabled={busy}>
                <KeyIcon />
                {t('withNumberButton')}
              </button>
            </form>
          </details>
        </>
      )}
      <p className="mt-6 text-sm text-slate-600">{t('howToGet')}</p>
    </section>
  );
}
