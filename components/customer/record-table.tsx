import { ScrollRegion } from '@/components/scroll-region';
import { table, td, th } from './ui';

export interface RecordColumn {
  header: string;
  /** Extra classes for this column's cells in the wide table (e.g. `whitespace-nowrap`). */
  className?: string;
}

export interface RecordRow {
  key: string;
  cells: React.ReactNode[];
}

interface RecordTableProps {
  label: string;
  columns: readonly RecordColumn[];
  rows: readonly RecordRow[];
  /** Minimum width of the wide table before it scrolls sideways. */
  minWidth?: 'narrow' | 'wide';
}

/**
 * Logs with several columns (access history, consent proof, recipients): a real table from
 * tablet width up, and one card per row with the column names as labels on a phone, where
 * eight squeezed columns would be unreadable. Only one of the two is ever displayed.
 */
export function RecordTable({ label, columns, rows, minWidth = 'narrow' }: RecordTableProps) {
  return (
    <>
      <div className="hidden md:block">
        <ScrollRegion label={label} className="rounded-xl border border-slate-200 bg-white">
          <table className={`${table} ${minWidth === 'wide' ? 'min-w-[52rem]' : ''}`}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={th}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) => (
                    <td key={columns[index]?.header ?? index} className={`${td} ${columns[index]?.className ?? ''}`}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <ul aria-label={label} className="space-y-3 md:hidden">
        {rows.map((row) => (
          <li key={row.key} className="rounded-xl border border-slate-200 bg-white px-4 py-3">
            <dl className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-1.5 text-sm">
              {row.cells.map((cell, index) => (
                <div key={columns[index]?.header ?? index} className="contents">
                  <dt className="text-slate-600">{columns[index]?.header}</dt>
                  <dd className="text-slate-900">{cell}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
