'use client';

/** Opens the browser's print dialog; the page's print styles leave out the site's chrome. */
export function PrintButton({ label, className }: { label: string; className: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      {label}
    </button>
  );
}
