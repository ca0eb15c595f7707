import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { eraseRecording } from '@/lib/fulfilment/erasure';
import { withTestDatabase } from '@/test/database';
import { deliverRecipientNotices } from './notifications';

withTestDatabase();

describe('Art. 19 notices to recipients', () => {
  it('queues a notice with the erasure and delivers it once by webhook, logging it', async () => {
    const received: unknown[] = [];
    const server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body));
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const db = await getDb();
    const recipient = await db.recipient.create({ data: { name: 'QA Partner Sp. z o.o.', role: 'processor', webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notices` } });
    const mailOnly = await db.recipient.create({ data: { name: 'Archiwum', role: 'processor', contactEmail: 'archiwum@example.com' } });
    const recording = await db.recording.create({
      data: { externalId: 'art19-1', phone: '+48600000001', startedAt: new Date(), durationSeconds: 1, direction: 'inbound', purposes: ['quality'], legalBasis: 'legitimate_interest', retentionUntil: new Date(Date.now() + 1e9), sizeBytes: 0n, contentType: 'audio/wav', sha256: 'x' },
    });
    await db.recordingRecipient.createMany({ data: [recipient, mailOnly].map((r) => ({ recordingId: recording.id, recipientId: r.id, sharedAt: new Date(), purpose: 'quality' as const })) });

    await db.$transaction((tx) => eraseRecording(tx, { recordingId: recording.id, cause: 'request' }));
    expect(await db.recipientNotification.count({ where: { recordingId: recording.id, status: 'pending' } })).toBe(2);

    expect(await deliverRecipientNotices()).toEqual({ sent: 1, failed: 1 });
    expect(received).toEqual([{ event: 'recording.erasure', noticeId: expect.any(String), recordingExternalId: 'art19-1', decidedAt: expect.any(String) }]);
    const waiting = await db.recipientNotification.findFirstOrThrow({ where: { recipientId: mailOnly.id } });
    expect(waiting).toMatchObject({ status: 'failed', lastError: expect.stringContaining('SMTP_URL') });
    expect(await deliverRecipientNotices()).toEqual({ sent: 0, failed: 1 });
    expect(received).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { type: 'recipient.notified', recordingId: recording.id } })).toBe(1);
    server.close();
  });

  it('sends a notice once when two deliveries run at the same moment', async () => {
    const keys: string[] = [];
    const server = http.createServer((request, response) => {
      keys.push(String(request.headers['idempotency-key']));
      request.resume().on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const db = await getDb();
    const recipient = await db.recipient.create({ data: { name: 'Transkrypcje S.A.', role: 'processor', webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/notices` } });
    const recording = await db.recording.create({
      data: { externalId: 'art19-2', phone: '+48600000002', startedAt: new Date(), durationSeconds: 1, direction: 'inbound', purposes: ['quality'], legalBasis: 'legitimate_interest', retentionUntil: new Date(Date.now() + 1e9), sizeBytes: 0n, contentType: 'audio/wav', sha256: 'x' },
    });
    await db.recordingRecipient.create({ data: { recordingId: recording.id, recipientId: recipient.id, sharedAt: new Date(), purpose: 'quality' } });
    await db.$transaction((tx) => eraseRecording(tx, { recordingId: recording.id, cause: 'request' }));
    const notice = await db.recipientNotification.findFirstOrThrow({ where: { recipientId: recipient.id } });

    await Promise.all([deliverRecipientNotices(), deliverRecipientNotices()]);
    expect(keys).toEqual([notice.id]);
    expect(await db.recipientNotification.findUniqueOrThrow({ where: { id: notice.id } })).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await db.auditEvent.count({ where: { type: 'recipient.notified', recordingId: recording.id } })).toBe(1);
    server.close();
  });
});
