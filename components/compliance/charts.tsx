/**
 * Charts drawn on the server as plain SVG with presentation attributes: no inline `style`,
 * so the strict CSP blocks nothing, and they show without JavaScript. Every chart is an
 * image with a one-sentence summary for screen readers; the numbers themselves are in the
 * data table beside each chart (and in its CSV). Colours are Tailwind's 700 shades, each at
 * least 4.5:1 on white; adjacent segments are separated by a white line, and every series
 * is also named in the legend and the table, never told by colour alone.
 */

export const chartColors = {
  blue: '#1d4ed8',
  red: '#b91c1c',
  amber: '#b45309',
  violet: '#6d28d9',
  green: '#047857',
  slate: '#64748b',
  brand: '#155a6f',
} as const;

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

const axisText = '#475569';
const gridLine = '#e2e8f0';
const fontSize = 11;

function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 4, step: 1 };
  if (max <= 5) return { top: Math.max(max, 2), step: 1 };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  return { top: Math.ceil(max / step) * step, step };
}

export function Swatch({ color }: { color: string }) {
  return (
    <svg viewBox="0 0 12 12" className="h-3 w-3 shrink-0" aria-hidden="true" focusable="false">
      <rect width="12" height="12" rx="2" fill={color} />
    </svg>
  );
}

/** The series' names and colours; hidden from screen readers, who get the table instead. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {series.map((item) => (
        <li key={item.key} className="inline-flex items-center gap-1.5">
          <Swatch color={item.color} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export interface StackedColumn {
  key: string;
  /** Under the column ("30.03"). */
  tick: string;
  /** In the hover title ("30.03–05.04.2026"). */
  title: string;
  values: Record<string, number>;
}

/** Columns over time (weeks), each stacked by series, with a y axis of whole numbers. */
export function StackedColumnChart({ columns, series, summary }: { columns: readonly StackedColumn[]; series: readonly ChartSeries[]; summary: string }) {
  const width = 560;
  const height = 210;
  const margin = { top: 14, right: 6, bottom: 24, left: 30 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = columns.map((column) => series.reduce((sum, item) => sum + (column.values[item.key] ?? 0), 0));
  const { top, step } = niceScale(Math.max(0, ...totals));
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, index) => index * step);
  const band = plotWidth / Math.max(1, columns.length);
  const barWidth = Math.max(2, band * 0.66);
  const labelEvery = Math.ceil(columns.length / 13);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="block h-auto w-full" focusable="false">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke={gridLine} strokeWidth={1} />
          <text x={margin.left - 6} y={y(tick)} dy="0.35em" textAnchor="end" fontSize={fontSize} fill={axisText}>
            {tick}
          </text>
        </g>
      ))}
      {columns.map((column, index) => {
        const x = margin.left + index * band + (band - barWidth) / 2;
        let base = 0;
        return (
          <g key={column.key}>
            {series.map((item) => {
              const value = column.values[item.key] ?? 0;
              if (value <= 0) return null;
              const y0 = y(base);
              base += value;
              const y1 = y(base);
              return (
                <rect key={item.key} x={x} y={y1} width={barWidth} height={Math.max(0, y0 - y1)} fill={item.color} stroke="#fff" strokeWidth={1}>
                  <title>{`${column.title} · ${item.label}: ${value}`}</title>
                </rect>
              );
            })}
            {totals[index]! > 0 && columns.length <= 26 ? (
              <text x={x + barWidth / 2} y={y(totals[index]!) - 3} textAnchor="middle" fontSize={10} fill={axisText}>
                {totals[index]}
              </text>
            ) : null}
            {index % labelEvery === 0 ? (
              <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" fontSize={fontSize - 1} fill={axisText}>
                {column.tick}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" strokeWidth={1} />
    </svg>
  );
}

export interface ShareRow {
  key: string;
  label: string;
  /** Counts per series; the bar shows each as a share of their sum. */
  values: Record<string, number>;
  /** Right of the bar ("n = 6"). */
  note: string;
  /** In the middle of an empty bar. */
  emptyText?: string;
}

/** One 100 % bar per row (e.g. deadline outcomes by request type), with percentages in the segments. */
export function ShareBarChart({ rows, series, summary, formatShare }: { rows: readonly ShareRow[]; series: readonly ChartSeries[]; summary: string; formatShare: (share: number) => string }) {
  const width = 560;
  const rowHeight = 26;
  const labelWidth = 150;
  const noteWidth = 56;
  const barX = labelWidth + 6;
  const barWidth = width - barX - noteWidth - 6;
  const height = rows.length * rowHeight + 4;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="block h-auto w-full" focusable="false">
      {rows.map((row, index) => {
        const top = index * rowHeight + 3;
        const total = series.reduce((sum, item) => sum + (row.values[item.key] ?? 0), 0);
        let offset = 0;
        return (
          <g key={row.key}>
            <text x={labelWidth} y={top + 10} dy="0.35em" textAnchor="end" fontSize={fontSize} fill="#0f172a">
              {row.label}
            </text>
            {total === 0 ? (
              <g>
                <rect x={barX} y={top} width={barWidth} height={20} rx={3} fill="#f1f5f9" stroke="#cbd5e1" />
                <text x={barX + barWidth / 2} y={top + 10} dy="0.35em" textAnchor="middle" fontSize={fontSize - 1} fill={axisText}>
                  {row.emptyText ?? '—'}
                </text>
              </g>
            ) : (
              series.map((item) => {
                const value = row.values[item.key] ?? 0;
                if (value <= 0) return null;
                const segment = (value / total) * barWidth;
                const x = barX + offset;
                offset += segment;
                return (
                  <g key={item.key}>
                    <rect x={x} y={top} width={segment} height={20} fill={item.color} stroke="#fff" strokeWidth={1}>
                      <title>{`${row.label} · ${item.label}: ${value} (${formatShare(value / total)})`}</title>
                    </rect>
                    {segment >= 38 ? (
                      <text x={x + segment / 2} y={top + 10} dy="0.35em" textAnchor="middle" fontSize={fontSize - 1} fontWeight={600} fill="#fff">
                        {formatShare(value / total)}
                      </text>
                    ) : null}
                  </g>
                );
              })
            )}
            <text x={width - noteWidth} y={top + 10} dy="0.35em" fontSize={fontSize - 1} fill={axisText}>
              {row.note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface RangeRow {
  key: string;
  label: string;
  /** The solid bar (e.g. the median). */
  inner: number | null;
  /** The outlined bar behind it (e.g. the 90th percentile). */
  outer: number | null;
  innerText: string;
  outerText: string;
  emptyText: string;
}

/** Two values per row on one scale: a solid bar in front of an outlined, longer one (median and 90th percentile). */
export function RangeBarChart({ rows, summary, unit, innerLabel, outerLabel, reference }: { rows: readonly RangeRow[]; summary: string; unit: string; innerLabel: string; outerLabel: string; reference?: { value: number; label: string } }) {
  const width = 560;
  const rowHeight = 26;
  const labelWidth = 150;
  const barX = labelWidth + 6;
  const barWidth = width - barX - 90;
  const axisHeight = 18;
  const height = rows.length * rowHeight + axisHeight + 6;
  const max = Math.max(reference?.value ?? 0, ...rows.map((row) => row.outer ?? 0), ...rows.map((row) => row.inner ?? 0));
  const { top, step } = niceScale(max);
  const x = (value: number) => barX + (value / top) * barWidth;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, index) => index * step);
  const plotBottom = rows.length * rowHeight + 2;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="block h-auto w-full" focusable="false">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={plotBottom} stroke={gridLine} />
          <text x={x(tick)} y={plotBottom + 12} textAnchor="middle" fontSize={fontSize - 1} fill={axisText}>
            {tick}
          </text>
        </g>
      ))}
      <text x={x(top) + 16} y={plotBottom + 12} fontSize={fontSize - 1} fill={axisText}>
        {unit}
      </text>
      {reference ? (
        <g>
          <line x1={x(reference.value)} x2={x(reference.value)} y1={0} y2={plotBottom} stroke={chartColors.red} strokeWidth={1.5} strokeDasharray="4 3" />
          <title>{reference.label}</title>
        </g>
      ) : null}
      {rows.map((row, index) => {
        const top = index * rowHeight + 3;
        return (
          <g key={row.key}>
            <text x={labelWidth} y={top + 10} dy="0.35em" textAnchor="end" fontSize={fontSize} fill="#0f172a">
              {row.label}
            </text>
            {row.outer === null || row.inner === null ? (
              <text x={barX + 4} y={top + 10} dy="0.35em" fontSize={fontSize - 1} fill={axisText}>
                {row.emptyText}
              </text>
            ) : (
              <g>
                <rect x={barX} y={top} width={Math.max(1, x(row.outer) - barX)} height={20} rx={2} fill="#dbeef2" stroke={chartColors.brand} strokeWidth={1}>
                  <title>{`${row.label} · ${outerLabel}: ${row.outerText}`}</title>
                </rect>
                <rect x={barX} y={top + 4} width={Math.max(1, x(row.inner) - barX)} height={12} rx={2} fill={chartColors.brand}>
                  <title>{`${row.label} · ${innerLabel}: ${row.innerText}`}</title>
                </rect>
                <text x={x(row.outer) + 4} y={top + 10} dy="0.35em" fontSize={fontSize - 1} fill={axisText}>
                  {`${row.innerText} / ${row.outerText}`}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}
