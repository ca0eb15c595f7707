'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useFormStatus } from 'react-dom';
import { fieldError as fieldErrorClass } from '@/components/staff/ui';
import type { AdminFieldError } from './form-state';

/** After each attempt, focus the first invalid field, else the marked result, so keyboard users land on it. */
export function useFocusAfterAttempt(attempt: number) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (attempt === 0 || !ref.current) return;
    const target = ref.current.querySelector<HTMLElement>('[aria-invalid="true"], [data-focus-after-attempt]');
    target?.focus();
  }, [attempt]);
  return ref;
}

export function AdminFieldErrorText({ id, error }: { id: string; error?: AdminFieldError }) {
  const t = useTranslations('admin.fieldError');
  if (!error) return null;
  return (
    <p id={`${id}-error`} className={fieldErrorClass}>
      {t(error)}
    </p>
  );
}

export function describedBy(id: string, options: { hint?: boolean; error?: boolean }): string | undefined {
  const ids = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A submit button that says it is working, and ignores a second press meanwhile. */
export function PendingButton({ children, pendingLabel, className }: { children: React.ReactNode; pendingLabel: string; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending || undefined} onClick={(event) => pending && event.preventDefault()} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
