'use client';

import { useFormStatus } from 'react-dom';

interface SubmitButtonProps {
  children: React.ReactNode;
  /** Shown while the form is being sent, so nobody presses twice wondering whether it worked. */
  pendingLabel: string;
  className: string;
}

export function SubmitButton({ children, pendingLabel, className }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending || undefined} onClick={(event) => pending && event.preventDefault()} className={className}>
      {pending ? pendingLabel : children}
    </button>
  );
}
