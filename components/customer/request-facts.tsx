import type { RequestStatus } from '@/generated/prisma/client';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from './badge';
import { formatDay } from './dates';
import { warsawDaysUntil } from './format';

const statusTone: Record<RequestStatus, BadgeTone> = {
  received: 'teal',
  in_progress: 'teal',
  extended: 'amber',
  completed: 'green',
  partially_completed: 'amber',
  rejected: 'red',
};

export const closedStatuses: readonly RequestStatus[] = ['completed', 'partially_completed', 'rejected'];

/** The request's state; while the clock is paused for the customer's answer, that is what they need to know. */
export function RequestStatusBadge({ status, paused }: { status: RequestStatus; paused: boolean }) {
  const t = useTranslations('requests.status');
  if (paused && !closedStatuses.includes(status)) return <Badge tone="violet">{t('paused')}</Badge>;
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

/** "5 kwietnia 2026 · 12 dni do terminu", counted in Warsaw calendar days. */
export function DueDate({ dueAt, open }: { dueAt: Date; open: boolean }) {
  const t = useTranslations('requests');
  const format = useFormatter();
  const days = warsawDaysUntil(dueAt);
  return (
    <>
      <time dateTime={dueAt.toISOString()}>{formatDay(format, dueAt)}</time>
      {open ? (
        <span className={`block text-sm font-normal ${days < 0 ? 'font-semibold text-red-800' : 'text-slate-600'}`}>
          {days > 0 ? t('daysLeft', { days }) : days === 0 ? t('lastDay') : t('overdue')}
        </span>
      ) : null}
    </>
  );
}
