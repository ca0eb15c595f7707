import 'server-only';
import { getDb } from '@/lib/db';
import { crashPoint } from '@/lib/jobs/crash-points';
import type { JobProgress } from '@/lib/jobs/fulfilment-jobs';
import { deleteErasedObjects, eraseRecording } from './erasure';

/**
 * Rule 20: after a consent withdrawal, the calls recorded on that consent for that purpose
 * alone (outcome "pending" on the withdrawal request) are erased; held calls are kept with
 * their reason. Each call commits on its own, so a retry continues where a crash stopped.
 * No erasure certificate is issued here: a certificate answers an erasure request, decided
 * once in one transaction (lib/requests/decisions.ts); these erasures follow from the
 * withdrawal itself, and their record is the per-call outcome on the withdrawal request and
 * each call's recording.erased event.
 */
export async function eraseCallsOfWithdrawnConsent(requestId: string, progress: JobProgress): Promise<void> {
  const db = await getDb();
  const pending = await db.requestRecording.findMany({ where: { requestId, outcome: 'pending' }, select: { recordingId: true } });
  await progress.setTotal(pending.length);
  for (const { recordingId } of pending) {
    const storageKeys = await db.$transaction(async (tx) => {
      const result = await eraseRecording(tx, { recordingId, cause: 'consent_withdrawal', requestId });
      await tx.requestRecording.update({
        where: { requestId_recordingId: { requestId, recordingId } },
        data: { outcome: result.outcome, outcomeReason: result.outcome === 'kept_legal_hold' ? 'art_17_3_e_legal_claims' : result.outcome === 'kept_legal_obligation' ? 'art_17_3_b_legal_obligation' : null, decidedAt: new Date() },
      });
      await crashPoint('consent-erasure.committing');
      return result.storageKeysToDelete;
    });
    await crashPoint('consent-erasure.committed');
    await deleteErasedObjects(storageKeys);
    await progress.advance();
  }
}
