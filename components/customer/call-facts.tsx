import type { LegalBasis, Purpose, RecordingStatus } from '@/generated/prisma/client';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from './badge';
import { formatDay } from './dates';
import { durationParts } from './format';
import { lawNote } from './ui';

/** "03:12" on screen; "3 min 12 s" for a screen reader, which would read the clock as a time of day. */
export function Duration({ seconds }: { seconds: number }) {
  const t = useTranslations('calls');
  const { clock, parts } = durationParts(seconds);
  const spoken = parts.hours > 0 ? t('durationHours', { hours: parts.hours, minutes: parts.minutes, seconds: parts.seconds }) : t('duration', { minutes: parts.minutes, seconds: parts.seconds });
  return (
    <>
      <span aria-hidden="true" className="tabular-nums">
        {clock}
      </span>
      <span className="sr-only">{spoken}</span>
    </>
  );
}

/** Purposes in plain words, joined as a sentence list ("a, b i c"). */
export function usePurposeList() {
  const t = useTranslations('calls');
  const format = useFormatter();
  return (purposes: readonly Purpose[]) => format.list(purposes.map((purpose) => t(`purpose.${purpose}`)), { type: 'conjunction' });
}

export function PurposeList({ purposes }: { purposes: readonly Purpose[] }) {
  return <>{usePurposeList()(purposes)}</>;
}

/** The legal basis in plain words, with the article in small print under it. */
export function LegalBasisText({ basis }: { basis: LegalBasis }) {
  const t = useTranslations('calls');
  return (
    <>
      <span className="block">{t(`basis.${basis}`)}</span>
      <span className={`block ${lawNote}`}>{t(`basisLaw.${basis}`)}</span>
    </>
  );
}

interface CallStatusProps {
  status: RecordingStatus;
  erasedAt: Date | null;
  onHold: boolean;
}

/** Available, restricted, on hold, or erased with its date; a call can be restricted and on hold at once. */
export function CallStatusBadges({ status, erasedAt, onHold }: CallStatusProps) {
  const t = useTranslations('calls.status');
  const format = useFormatter();
  return (
    <span className="flex flex-wrap gap-2">
      {status === 'erased' ? (
        <Badge tone="slate">{t('erased', { date: erasedAt ? formatDay(format, erasedAt) : '' })}</Badge>
      ) : status === 'restricted' ? (
        <Badge tone="amber">{t('restricted')}</Badge>
      ) : (
        <Badge tone="green">{t('available')}</Badge>
      )}
      {onHold && status !== 'erased' ? <Badge tone="violet">{t('onHold')}</Badge> : null}
    </span>
  );
}
