import 'server-only';
import { getDb } from '@/lib/db';
import { decideErasure } from './erasure';

/** What approving an erasure request would do, shown on the confirmation step before anything is destroyed. */
export interface ErasurePreview {
  erasable: number;
  /** Kept under a legal hold or a legal duty to retain; already erased calls are in neither count. */
  kept: number;
  /** Who received the calls that would be erased (Art. 19: each must be told). */
  recipients: string[];
}

/**
 * Decided by the same function the erasure itself runs (decideErasure), so the counts on the
 * four-eyes confirmation cannot disagree with what happens: holds on the call or on all the
 * customer's calls, and legal obligations still running, keep a call.
 */
export async function previewErasure(requestId: string, at = new Date()): Promise<ErasurePreview> {
  const db = await getDb();
  const items = await db.requestRecording.findMany({ where: { requestId }, select: { recordingId: true } });
  const { outcomes, toErase } = await decideErasure(db, items.map((item) => item.recordingId), at);
  const erasableIds = toErase.map((recording) => recording.id);
  const kept = [...outcomes.values()].filter((outcome) => outcome !== 'erased').length;
  const recipients = erasableIds.length
    ? await db.recipient.findMany({ where: { recordings: { some: { recordingId: { in: erasableIds } } } }, select: { name: true }, orderBy: { name: 'asc' } })
    : [];
  return { erasable: erasableIds.length, kept, recipients: recipients.map((recipient) => recipient.name) };
}
