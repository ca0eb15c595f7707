import { CsvLink } from './csv-link';
import { DataTable, type DataColumn } from './data-table';
import { ScrollRegion } from '@/components/scroll-region';

interface ListSectionProps {
  id: string;
  title: string;
  count: number;
  /** What exactly is listed, in one or two sentences. */
  definition: React.ReactNode;
  csv: { href: string; label: string };
  /** Said when the list is empty: a finding in itself ("none overdue"). */
  emptyText: string;
  columns: DataColumn[];
  /** The rows (<tr>), shown only when count > 0. */
  children: React.ReactNode;
  /** Under the table when only part of the list is shown ("all are in the CSV"). */
  more?: string | null;
  /** Between the definition and the list: what to do about what it shows. */
  note?: React.ReactNode;
}

/** A dashboard list (overdue requests, quarantined calls…): heading with its count, definition, CSV, then the table or the empty state. */
export function ListSection({ id, title, count, definition, csv, emptyText, columns, children, more, note }: ListSectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5 lg:col-span-2">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h2 id={id} tabIndex={-1} className="text-base font-semibold tracking-tight text-slate-900 focus:outline-none">
            {title} <span className="font-normal text-slate-600">({count})</span>
          </h2>
          <p className="mt-0.5 text-sm leading-snug text-slate-700">{definition}</p>
        </div>
        <CsvLink href={csv.href} label={csv.label} context={title} />
      </div>
      {note}
      {count === 0 ? (
        <p className="mt-3 rounded-lg border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950">{emptyText}</p>
      ) : (
        <ScrollRegion label={title} className="mt-3 rounded-lg border border-slate-200">
          <DataTable caption={title} columns={columns}>
            {children}
          </DataTable>
          {more ? <p className="px-2.5 py-1.5 text-sm text-slate-600">{more}</p> : null}
        </ScrollRegion>
      )}
    </section>
  );
}
