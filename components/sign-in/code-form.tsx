'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import type { SignInFormState } from '@/lib/identity/actions';
import { alertClass, fieldErrorClass, hintClass, inputClass, labelClass, submitClass } from './form-styles';
import { SignInError } from './sign-in-error';

const knownErrors = ['code_wrong', 'code_expired', 'code_exhausted'] as const;
type CodeError = NonNullable<SignInFormState['error']>;

/** Step 2: the six-digit code, checked by next-auth's credentials provider (lib/auth.ts). */
export function CodeForm({ challengeId, next }: { challengeId: string; next: string }) {
  const t = useTranslations('signIn');
  const router = useRouter();
  const [error, setError] = useState<CodeError | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setPending(true);
    const result = await signIn('customer-otp', { challengeId, code, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    setError(knownErrors.find((known) => known === result?.error) ?? 'internal');
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {error && (
        <div role="alert" className={alertClass}>
          <SignInError error={error} />
        </div>
      )}
      <div>
        <label htmlFor="code" className={labelClass}>{t('code.label')}</label>
        <p id="code-hint" className={hintClass}>{t('code.hint')}</p>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={7}
          required
          aria-invalid={invalid}
          aria-describedby={invalid ? 'code-hint code-error' : 'code-hint'}
          className={`${inputClass} max-w-48 tracking-[0.3em]`}
        />
        {invalid && <p id="code-error" className={fieldErrorClass}>{t('code.error')}</p>}
      </div>
      <button type="submit" className={submitClass} disabled={pending || error === 'code_exhausted' || error === 'code_expired'}>
        {pending ? t('checking') : t('confirm')}
      </button>
    </form>
  );
}
