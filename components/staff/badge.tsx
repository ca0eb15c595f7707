/** A small status pill. Colours pass AA on their background; the meaning is always in the words too. */
const tones = {
  green: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  teal: 'border-brand-200 bg-brand-50 text-brand-900',
  amber: 'border-amber-300 bg-amber-50 text-amber-950',
  red: 'border-red-300 bg-red-50 text-red-900',
  slate: 'border-slate-300 bg-slate-100 text-slate-800',
  violet: 'border-violet-300 bg-violet-50 text-violet-900',
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone, children, strong = false }: { tone: BadgeTone; children: React.ReactNode; strong?: boolean }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs whitespace-nowrap ${strong ? 'font-bold' : 'font-semibold'} ${tones[tone]}`}
    >
      <span aria-hidden="true" className="h-1.5 w-1.5 shrink-0 rounded-full bg-current" />
      {children}
    </span>
  );
}
