'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { requestSignInCode, type SignInFormState } from '@/lib/identity/actions';
import { alertClass, fieldErrorClass, hintClass, inputClass, labelClass, submitClass } from './form-styles';
import { SignInError } from './sign-in-error';

/** Step 1: the line and the customer number. Works as a plain form post without JavaScript. */
export function CredentialsForm({ next }: { next: string }) {
  const t = useTranslations('signIn');
  const [state, action, pending] = useActionState<SignInFormState, FormData>(requestSignInCode, {});
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.error && (
        <div role="alert" className={alertClass}>
          <SignInError error={state.error} retryAfterMinutes={state.retryAfterMinutes} />
        </div>
      )}
      <div>
        <label htmlFor="phone" className={labelClass}>{t('phone.label')}</label>
        <p id="phone-hint" className={hintClass}>{t('phone.hint')}</p>
        <input
          id="phone"
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          defaultValue={state.values?.phone}
          aria-invalid={Boolean(state.fieldErrors?.phone)}
          aria-describedby={state.fieldErrors?.phone ? 'phone-hint phone-error' : 'phone-hint'}
          className={inputClass}
        />
        {state.fieldErrors?.phone && <p id="phone-error" className={fieldErrorClass}>{t('phone.error')}</p>}
      </div>
      <div>
        <label htmlFor="customerNumber" className={labelClass}>{t('customerNumber.label')}</label>
        <p id="customerNumber-hint" className={hintClass}>{t('customerNumber.hint')}</p>
        <input
          id="customerNumber"
          name="customerNumber"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          required
          defaultValue={state.values?.customerNumber}
          aria-invalid={Boolean(state.fieldErrors?.customerNumber)}
          aria-describedby={state.fieldErrors?.customerNumber ? 'customerNumber-hint customerNumber-error' : 'customerNumber-hint'}
          className={inputClass}
        />
        {state.fieldErrors?.customerNumber && <p id="customerNumber-error" className={fieldErrorClass}>{t('customerNumber.error')}</p>}
      </div>
      <button type="submit" className={submitClass} disabled={pending}>
        {pending ? t('sending') : t('sendCode')}
      </button>
    </form>
  );
}
