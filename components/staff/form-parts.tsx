'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { initialStaffFormState, type StaffFieldError, type StaffFormAction, type StaffFormState } from './form-state';
import { Notice } from '@/components/notice';
import { fieldError as fieldErrorClass, fieldHint, fieldLabel, input } from './ui';

/** After a refused attempt, focus the first invalid field (or the form's error) so the keyboard user lands on it. */
export function useFocusFirstProblem(attempt: number) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0 || !ref.current) return;
    const target = ref.current.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]');
    target?.focus();
  }, [attempt]);
  return ref;
}

/** ids for aria-describedby: the hint, and the error when there is one. */
export function describedBy(id: string, options: { hint?: boolean; error?: boolean; extra?: string }): string | undefined {
  const ids = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null, options.extra ?? null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ id, error }: { id: string; error?: StaffFieldError }) {
  const t = useTranslations('staffRequest.fieldError');
  if (!error) return null;
  return (
    <p id={`${id}-error`} className={fieldErrorClass}>
      {t(error)}
    </p>
  );
}

export function FormError({ state }: { state: StaffFormState }) {
  const errors = useTranslations('errors');
  if (!state.formError) return null;
  return (
    <div data-form-error tabIndex={-1} className="focus:outline-none">
      <Notice size="compact" tone="error" role="alert">
        <p>{errors(state.formError)}</p>
      </Notice>
    </div>
  );
}

interface SubmitButtonProps {
  children: React.ReactNode;
  className: string;
  /** Shown while the form is being sent, so nobody presses twice wondering whether it worked. */
  pendingLabel?: string;
  name?: string;
  value?: string;
  describedBy?: string;
}

export function SubmitButton({ children, className, pendingLabel, name, value, describedBy: described }: SubmitButtonProps) {
  const t = useTranslations('staffRequest');
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-describedby={described}
      aria-disabled={pending || undefined}
      onClick={(event) => pending && event.preventDefault()}
      className={className}
    >
      {pending ? (pendingLabel ?? t('sending')) : children}
    </button>
  );
}

/** A back-office form bound to its server action, focusing the first problem after a refusal. */
export function useStaffForm(action: StaffFormAction) {
  const [state, formAction] = useActionState(action, initialStaffFormState);
  const ref = useFocusFirstProblem(state.attempt);
  return { state, formAction, ref };
}

interface TextAreaFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: StaffFieldError;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  /** A warning read together with the field (e.g. "the customer will read this"). */
  warningId?: string;
}

export function TextAreaField({ id, name, label, hint, error, defaultValue, rows = 3, maxLength = 2000, warningId }: TextAreaFieldProps) {
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={fieldHint}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error), extra: warningId })}
        className={`${input} leading-relaxed`}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
