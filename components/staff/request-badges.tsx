import { useTranslations } from 'next-intl';
import type { RequestStatus } from '@/generated/prisma/client';
import { Badge, type BadgeTone } from './badge';
import { warsawDaysUntil } from './dates';

export const openStatuses: readonly RequestStatus[] = ['received', 'in_progress', 'extended'];

const statusTone: Record<RequestStatus, BadgeTone> = {
  received: 'teal',
  in_progress: 'teal',
  extended: 'amber',
  completed: 'green',
  partially_completed: 'amber',
  rejected: 'slate',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations('queue.status');
  return <Badge tone={statusTone[status]}>{t(status)}</Badge>;
}

/**
 * Days to the legal deadline, counted in Warsaw calendar days (rule 1). Red and the words
 * "po terminie" once past, amber within a week, green otherwise: never colour alone.
 */
export function DaysLeftBadge({ dueAt, now }: { dueAt: Date; now?: Date }) {
  const t = useTranslations('queue.daysLeft');
  const days = warsawDaysUntil(dueAt, now);
  if (days < 0) return <Badge tone="red" strong>{t('overdue', { days: -days })}</Badge>;
  if (days === 0) return <Badge tone="amber" strong>{t('today')}</Badge>;
  if (days <= 7) return <Badge tone="amber">{t('left', { days })}</Badge>;
  return <Badge tone="green">{t('left', { days })}</Badge>;
}

export function PausedBadge() {
  const t = useTranslations('queue');
  return <Badge tone="violet">{t('paused')}</Badge>;
}

/** Internal timeline entries: the customer never sees these. */
export function InternalBadge() {
  const t = useTranslations('staffRequest.timeline');
  return <Badge tone="slate">{t('internal')}</Badge>;
}
