/**
 * One scrolling region for every table of the portal (customer, staff, compliance, certificate).
 * A table that may be wider than the screen scrolls sideways inside this region, which keyboard
 * users can focus and scroll with the arrow keys (WCAG 2.1.1; axe "scrollable-region-focusable"). `relative`
 * keeps visually hidden text inside it, so it never widens the page.
 */
export function ScrollRegion({ label, className = '', children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
