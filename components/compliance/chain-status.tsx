import { useFormatter, useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/staff/form-parts';
import { secondaryButton } from '@/components/staff/ui';
import type { ChainBreak } from '@/lib/audit/verify';

export interface ChainVerificationView {
  ok: boolean;
  checkedEvents: number;
  headSeq: string | null;
  anchorSeq: string | null;
  /** Absent in results recorded before pruning existed. */
  prunedThroughSeq?: string | null;
  firstBreak?: ChainBreak;
  verifiedAt: string;
}

const staleAfterMs = 24 * 3_600_000;

/**
 * The tamper evidence of the log (rule 22): when the hash chain was last walked end to end and
 * what it found, with a button that walks it again now.
 */
export function ChainStatus({ verification, action, returnTo, now }: { verification: ChainVerificationView | null; action: (formData: FormData) => Promise<void>; returnTo: string; now: Date }) {
  const t = useTranslations('audit.chain');
  const format = useFormatter();
  const verifiedAt = verification ? new Date(verification.verifiedAt) : null;
  const stale = !verifiedAt || now.getTime() - verifiedAt.getTime() > staleAfterMs;
  const tone = !verification ? 'border-amber-300 bg-amber-50' : !verification.ok ? 'border-red-300 bg-red-50' : stale ? 'border-amber-300 bg-amber-50' : 'border-emerald-300 bg-emerald-50';
  return (
    <section aria-labelledby="chain-title" className={`rounded-xl border px-4 py-3 ${tone}`}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 text-sm text-slate-900">
          <h2 id="chain-title" className="inline font-semibold">
            {t('title')}:
          </h2>{' '}
          {!verification ? (
            <span className="font-semibold">{t('never')}</span>
          ) : (
            <>
              <span className="font-semibold">{verification.ok ? t('intact') : t('broken', { seq: verification.firstBreak?.seq ?? '?', reason: t(`reasons.${verification.firstBreak?.reason ?? 'hash_mismatch'}`) })}</span>{' '}
              <span>
                {t('details', {
                  at: format.dateTime(verifiedAt!, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Warsaw' }),
                  count: verification.checkedEvents,
                  head: verification.headSeq ?? '—',
                })}{' '}
                {verification.anchorSeq ? t('anchor', { seq: verification.anchorSeq }) : t('noAnchor')}
                {verification.prunedThroughSeq ? ` ${t('pruned', { seq: verification.prunedThroughSeq })}` : null}
              </span>
              {stale && verification.ok ? <span className="font-semibold"> {t('stale')}</span> : null}
            </>
          )}
          <p className="mt-0.5 text-xs text-slate-700">{t('explain')}</p>
        </div>
        <form action={action} className="shrink-0">
          <input type="hidden" name="returnTo" value={returnTo} />
          <SubmitButton className={secondaryButton} pendingLabel={t('verifying')}>
            {t('verifyNow')}
          </SubmitButton>
        </form>
      </div>
    </section>
  );
}
