import { card } from '@/components/staff/ui';
import { CsvLink } from './csv-link';
import { ScrollRegion } from '@/components/scroll-region';

interface ChartCardProps {
  id: string;
  title: string;
  /** What exactly is counted: the metric's definition, in one or two sentences. */
  definition: React.ReactNode;
  /** The chart (an SVG image with its own summary) or a list. */
  children: React.ReactNode;
  legend?: React.ReactNode;
  /** The same numbers as a table, behind a native toggle that keyboards and screen readers know. */
  table?: React.ReactNode;
  tableToggle?: string;
  /** CSV downloads of the data behind the card. */
  downloads: { href: string; label: string }[];
  /** For the download links' accessible names: "CSV: <title>". */
  downloadContext: string;
  className?: string;
  aside?: React.ReactNode;
}

/** One dashboard metric: heading, definition, chart, legend, data table and CSV. */
export function ChartCard({ id, title, definition, children, legend, table, tableToggle, downloads, downloadContext, className = '', aside }: ChartCardProps) {
  return (
    <section aria-labelledby={id} className={`${card} flex flex-col gap-3 ${className}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2 id={id} className="text-base font-semibold tracking-tight text-slate-900">
            {title}
          </h2>
          <p className="mt-0.5 text-sm leading-snug text-slate-700">{definition}</p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-1.5">
          {downloads.map((download) => (
            <CsvLink key={download.href} href={download.href} label={download.label} context={downloadContext} />
          ))}
        </div>
      </div>
      {aside}
      <figure aria-labelledby={id} className="m-0">
        {children}
      </figure>
      {legend}
      {table ? (
        <details className="group rounded-lg border border-slate-200">
          <summary className="flex min-h-9 cursor-pointer items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-slate-50">
            {tableToggle}
            <span className="sr-only">: {title}</span>
          </summary>
          <ScrollRegion label={title} className="border-t border-slate-100">
            {table}
          </ScrollRegion>
        </details>
      ) : null}
    </section>
  );
}

export const compactTh = 'border-b border-slate-200 bg-slate-50 px-2.5 py-1.5 text-left text-xs font-semibold text-slate-700';
export const compactTd = 'border-b border-slate-100 px-2.5 py-1.5 align-top text-sm text-slate-800 tabular-nums';
