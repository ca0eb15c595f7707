import { compactTh } from './chart-card';

export interface DataColumn {
  key: string;
  label: React.ReactNode;
  /** Numbers line up on the right. */
  numeric?: boolean;
}

/** A dashboard data table: its caption (for screen readers unless shown), column headers, rows and an optional total row. */
export function DataTable({ caption, showCaption = false, columns, children, footer, className = '' }: { caption: string; showCaption?: boolean; columns: DataColumn[]; children: React.ReactNode; footer?: React.ReactNode; className?: string }) {
  return (
    <table className={`w-full border-collapse ${className}`}>
      <caption className={showCaption ? 'px-2.5 py-1.5 text-left text-sm font-semibold text-slate-900' : 'sr-only'}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? `${compactTh} text-right` : compactTh}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
}
