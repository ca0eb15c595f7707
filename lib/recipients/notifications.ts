import 'server-only';
import nodemailer from 'nodemailer';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getConfig } from '@/lib/config';
import { getDb, type Tx } from '@/lib/db';
import { logger } from '@/lib/logger';

/**
 * Art. 19 (rule 16): every recipient of a call (processors such as a QA vendor, a
 * transcription service, an archive) is told of its erasure or restriction. The notice is
 * written in the same transaction as the change and delivered afterwards by webhook or
 * e-mail; each delivery is logged, and a failed one stays visible until it succeeds.
 */
export type RecipientNoticeKind = 'erasure' | 'restriction';

export async function queueRecipientNoticesFor(tx: Tx, recordingIds: string[], kind: RecipientNoticeKind, requestId?: string): Promise<number> {
  const links = await tx.recordingRecipient.findMany({ where: { recordingId: { in: recordingIds } }, select: { recipientId: true, recordingId: true } });
  // One notice per recipient, call and kind: a repeated erasure or restriction sends nothing twice.
  const { count } = await tx.recipientNotification.createMany({ data: links.map((link) => ({ ...link, kind, requestId })), skipDuplicates: true });
  return count;
}

/**
 * A worker killed after the recipient accepted a notice but before the commit sends it again
 * on the next run; the notice id travels as the idempotency key (and in the body), so the
 * recipient can recognise the repeat.
 */
async function deliver(notice: { id: string; kind: string; recordingId: string; createdAt: Date; recipient: { name: string; webhookUrl: string | null; contactEmail: string | null } }, externalId: string): Promise<void> {
  const body = { event: `recording.${notice.kind}`, noticeId: notice.id, recordingExternalId: externalId, decidedAt: notice.createdAt.toISOString() };
  if (notice.recipient.webhookUrl) {
    const response = await fetch(notice.recipient.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': notice.id }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    return;
  }
  const { smtpUrl } = getConfig();
  if (!notice.recipient.contactEmail) throw new Error('recipient has neither a webhook nor an e-mail address');
  if (!smtpUrl) throw new Error('SMTP_URL is not configured: the e-mail notice waits');
  await nodemailer.createTransport(smtpUrl).sendMail({
    from: 'Wgląd <no-reply@wglad.invalid>',
    to: notice.recipient.contactEmail,
    headers: { 'X-Wglad-Notice-Id': notice.id },
    subject: `Art. 19 RODO: ${notice.kind === 'erasure' ? 'usunięcie' : 'ograniczenie przetwarzania'} nagrania ${externalId}`,
    text: `Prosimy o ${notice.kind === 'erasure' ? 'usunięcie' : 'ograniczenie przetwarzania'} nagrania rozmowy ${externalId} i wszystkich jego kopii (art. 19 RODO).\n\nPlease ${notice.kind === 'erasure' ? 'erase' : 'restrict the processing of'} the call recording ${externalId} and every copy of it (Art. 19 GDPR).`,
  });
}

/**
 * Delivers pending notices; each success or failure is recorded. Each attempt first claims its
 * notice (the attempt count moves on only if no one else moved it), so two deliveries running
 * at once, on two workers or a scheduled run beside a retry, never send the same notice twice.
 */
export async function deliverRecipientNotices(): Promise<{ sent: number; failed: number }> {
  const db = await getDb();
  const pending = await db.recipientNotification.findMany({ where: { status: { in: ['pending', 'failed'] }, attempts: { lt: 10 } }, include: { recipient: true }, take: 200 });
  let sent = 0;
  let failed = 0;
  for (const notice of pending) {
    const claimed = await db.recipientNotification.updateMany({ where: { id: notice.id, attempts: notice.attempts, status: { in: ['pending', 'failed'] } }, data: { attempts: { increment: 1 } } });
    if (claimed.count === 0) continue;
    const recording = await db.recording.findUnique({ where: { id: notice.recordingId }, select: { externalId: true, customerId: true } });
    try {
      await deliver(notice, recording?.externalId ?? notice.recordingId);
      await db.$transaction(async (tx) => {
        await tx.recipientNotification.update({ where: { id: notice.id }, data: { status: 'sent', sentAt: new Date(), lastError: null } });
        await appendAuditEvent(tx, { type: 'recipient.notified', actorType: 'system', customerId: recording?.customerId, recordingId: notice.recordingId, requestId: notice.requestId, details: { recipient: notice.recipient.name, kind: notice.kind } });
      });
      sent += 1;
    } catch (error) {
      failed += 1;
      await db.recipientNotification.update({ where: { id: notice.id }, data: { status: 'failed', lastError: error instanceof Error ? error.message.slice(0, 300) : String(error) } });
      logger.warn({ recipient: notice.recipient.name, notice: notice.id }, 'recipient notice not delivered yet');
    }
  }
  return { sent, failed };
}
