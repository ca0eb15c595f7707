import { InfoIcon } from '@/components/icons';

const tones = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  info: 'border-brand-200 bg-brand-50 text-slate-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  error: 'border-red-300 bg-red-50 text-red-950',
} as const;

export type NoticeTone = keyof typeof tones;

interface NoticeProps {
  tone: NoticeTone;
  title?: React.ReactNode;
  role?: 'status' | 'alert';
  children?: React.ReactNode;
  className?: string;
  id?: string;
}

/** A boxed message: a standing note (pause, extension), or an error with role=alert. */
export function Notice({ tone, title, role, children, className = '', id }: NoticeProps) {
  return (
    <div id={id} role={role} className={`flex gap-2.5 rounded-lg border px-3.5 py-3 text-sm ${tones[tone]} ${className}`}>
      <InfoIcon className="mt-0.5 h-4 w-4 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1 leading-relaxed">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
