'use client';

import { useEffect, useRef } from 'react';

/**
 * The heading of a panel opened by a link on the same page (listen, legal hold): it takes
 * focus when it appears, so a keyboard user continues there instead of far above it.
 */
export function FocusHeading({ id, className, children }: { id: string; className: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <h3 ref={ref} id={id} tabIndex={-1} className={className}>
      {children}
    </h3>
  );
}
