'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { extendSessionAction } from '@/lib/identity/actions';

/** Rule 9 and WCAG 2.2.1: warn at least 20 seconds before the session ends, with a way to extend it. */
const warnBeforeMs = 60_000;

export function SessionExpiryWarning({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations('session');
  const [deadline, setDeadline] = useState(() => Date.parse(expiresAt));
  const [now, setNow] = useState(() => Date.now());
  const button = useRef<HTMLButtonElement>(null);
  const router = useRouter();
  const remaining = deadline - now;
  const warning = remaining <= warnBeforeMs;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (remaining <= 0) router.replace('/sign-in?expired=1');
  }, [remaining, router]);
  useEffect(() => {
    if (warning) button.current?.focus();
  }, [warning]);

  if (!warning || remaining <= 0) return null;
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby="session-warning-title" aria-describedby="session-warning-text" className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md rounded-xl border border-amber-300 bg-amber-50 p-4 shadow-lg">
      <h2 id="session-warning-title" className="text-base font-bold text-amber-950">{t('title')}</h2>
      <p id="session-warning-text" className="mt-1 text-sm text-amber-950">{t('text', { seconds: Math.ceil(remaining / 1000) })}</p>
      <button
        ref={button}
        type="button"
        className="mt-3 inline-flex items-center rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        onClick={async () => setDeadline(Date.parse(await extendSessionAction()))}
      >
        {t('stay')}
      </button>
    </div>
  );
}
