import Link from 'next/link';

const tones = {
  ok: 'border-l-emerald-600',
  warning: 'border-l-amber-600',
  bad: 'border-l-red-700',
  neutral: 'border-l-slate-300',
} as const;

interface KpiTileProps {
  label: string;
  value: string;
  note?: string;
  /** The left edge's colour; the words always say the same (never colour alone). */
  tone?: keyof typeof tones;
  /** Where the details are on the page. */
  href?: string;
}

/** One headline number of the dashboard, as a term and its description. */
export function KpiTile({ label, value, note, tone = 'neutral', href }: KpiTileProps) {
  return (
    <div className={`rounded-xl border border-l-4 border-slate-200 bg-white px-3.5 py-3 shadow-xs ${tones[tone]}`}>
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">
        {href ? (
          <Link href={href} className="rounded underline decoration-slate-300 underline-offset-4 hover:decoration-slate-600">
            {value}
            <span className="sr-only">: {label}</span>
          </Link>
        ) : (
          value
        )}
      </dd>
      {note ? <dd className="mt-0.5 text-xs leading-snug text-slate-600">{note}</dd> : null}
    </div>
  );
}
