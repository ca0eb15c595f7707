import { InfoIcon } from '@/components/icons';

const tones = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  info: 'border-brand-200 bg-brand-50 text-slate-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-950',
} as const;

/** The customer portal reads at a comfortable size; the back office packs more on a screen. */
const sizes = {
  comfortable: { box: 'gap-3 rounded-xl px-4 py-4 sm:px-5', icon: 'h-5 w-5', body: 'space-y-1.5' },
  compact: { box: 'gap-2.5 rounded-lg px-3.5 py-3 text-sm', icon: 'h-4 w-4', body: 'space-y-1' },
} as const;

export type NoticeTone = keyof typeof tones;

interface NoticeProps {
  tone: NoticeTone;
  size?: keyof typeof sizes;
  title?: React.ReactNode;
  /** `status` for a confirmation after an action, `alert` for an error; none for a standing note. */
  role?: 'status' | 'alert';
  children?: React.ReactNode;
  className?: string;
  id?: string;
}

/** A boxed message: confirmations, errors, and standing notes such as "restricted" or "clock paused". */
export function Notice({ tone, size = 'comfortable', title, role, children, className = '', id }: NoticeProps) {
  const look = sizes[size];
  return (
    <div id={id} role={role} className={`flex border ${look.box} ${tones[tone]} ${className}`}>
      <InfoIcon className={`mt-0.5 ${look.icon} shrink-0`} />
      <div className={`min-w-0 flex-1 ${look.body} leading-relaxed`}>
        {title ? <p className="font-semibold">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
