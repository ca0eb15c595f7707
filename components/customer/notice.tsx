import { InfoIcon } from '@/components/icons';

const tones = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  info: 'border-brand-200 bg-brand-50 text-slate-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-950',
} as const;

interface NoticeProps {
  tone: keyof typeof tones;
  title?: React.ReactNode;
  /** `status` for a confirmation after an action, `alert` for an error; none for a standing note. */
  role?: 'status' | 'alert';
  children?: React.ReactNode;
  className?: string;
}

/** A boxed message: confirmations, errors, and standing notes such as "restricted". */
export function Notice({ tone, title, role, children, className = '' }: NoticeProps) {
  return (
    <div role={role} className={`flex gap-3 rounded-xl border px-4 py-4 sm:px-5 ${tones[tone]} ${className}`}>
      <InfoIcon className="mt-0.5 h-5 w-5 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1.5 leading-relaxed">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
