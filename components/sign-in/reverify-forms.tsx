'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { confirmReverification, requestReverificationCode, type SignInFormState } from '@/lib/identity/actions';
import { alertClass, fieldErrorClass, hintClass, inputClass, labelClass, submitClass } from './form-styles';
import { SignInError } from './sign-in-error';

/** Re-verification before a download or an erasure: send a code, then confirm it. */
export function ReverifyForms({ next, sent }: { next: string; sent: boolean }) {
  const t = useTranslations('signIn');
  const [sendState, send, sending] = useActionState<SignInFormState, FormData>(requestReverificationCode, {});
  const [confirmState, confirm, confirming] = useActionState<SignInFormState, FormData>(confirmReverification, {});
  const error = confirmState.error ?? sendState.error;
  return (
    <div className="space-y-8">
      {error && (
        <div role="alert" className={alertClass}>
          <SignInError error={error} retryAfterMinutes={sendState.retryAfterMinutes} />
        </div>
      )}
      {sent ? (
        <form action={confirm} className="space-y-6" noValidate>
          <input type="hidden" name="next" value={next} />
          <div>
            <label htmlFor="code" className={labelClass}>{t('code.label')}</label>
            <p id="code-hint" className={hintClass}>{t('code.hint')}</p>
            <input
              id="code"
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              aria-invalid={Boolean(confirmState.fieldErrors?.code)}
              aria-describedby={confirmState.fieldErrors?.code ? 'code-hint code-error' : 'code-hint'}
              className={`${inputClass} max-w-48 tracking-[0.3em]`}
            />
            {confirmState.fieldErrors?.code && <p id="code-error" className={fieldErrorClass}>{t('code.error')}</p>}
          </div>
          <button type="submit" className={submitClass} disabled={confirming}>{confirming ? t('checking') : t('confirm')}</button>
        </form>
      ) : null}
      <form action={send}>
        <input type="hidden" name="next" value={next} />
        <button type="submit" className={sent ? 'text-base font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900' : submitClass} disabled={sending}>
          {sent ? t('reverify.resend') : t('reverify.send')}
        </button>
      </form>
    </div>
  );
}
