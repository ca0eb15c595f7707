'use client';

import { useEffect, useRef } from 'react';
import { Notice, type NoticeTone } from '@/components/notice';

/**
 * The result of an action, after the redirect back: a status message that takes focus once,
 * so keyboard and screen-reader users hear what happened and continue from there.
 */
export function FlashMessage({ tone = 'success', children }: { tone?: NoticeTone; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="rounded-lg">
      <Notice size="compact" tone={tone} role={tone === 'error' ? 'alert' : 'status'}>
        {children}
      </Notice>
    </div>
  );
}
