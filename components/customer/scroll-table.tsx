/**
 * A table that may be wider than a phone screen: the wrapper scrolls sideways and, being a
 * focusable named region, can be scrolled by keyboard too (WCAG 2.1.1). `relative` keeps the
 * cells' visually hidden text inside it; otherwise it would widen the whole page on a phone.
 */
export function ScrollTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      {children}
    </div>
  );
}
