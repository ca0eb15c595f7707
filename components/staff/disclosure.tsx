import { ArrowRightIcon } from '@/components/icons';

/**
 * A native details/summary: keyboard and screen readers get it for free. Used for the
 * decisions one should not stumble into (refusal, extension): open them on purpose.
 */
export function Disclosure({ summary, children, tone = 'default' }: { summary: React.ReactNode; children: React.ReactNode; tone?: 'default' | 'danger' }) {
  return (
    <details className={`group rounded-lg border ${tone === 'danger' ? 'border-red-200' : 'border-slate-200'}`}>
      <summary className="flex min-h-10 cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        {summary}
        <ArrowRightIcon className="h-4 w-4 shrink-0 text-slate-600 transition-transform group-open:rotate-90" />
      </summary>
      <div className="border-t border-slate-100 px-3 pt-3 pb-3">{children}</div>
    </details>
  );
}
