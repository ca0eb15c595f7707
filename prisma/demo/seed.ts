import 'server-only';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import type { RequestStatus, StaffRole } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { recordConsentEvent } from '@/lib/consent/mutations';
import type { StaffPrincipal } from '@/lib/auth';
import type { Db } from '@/lib/db';
import { placeRecordingHold } from '@/lib/holds/mutations';
import { logger } from '@/lib/logger';
import { ingestRecording } from '@/lib/recordings/ingest';
import { recordingMetadataSchema } from '@/lib/recordings/schema';
import { decideRequest } from '@/lib/requests/decisions';
import { fileRequest } from '@/lib/requests/mutations';
import { demoDialogues, type DemoDialogue, type DemoTranscripts } from './dialogues';
import transcriptsJson from './transcripts.json';

/**
 * Demo data for `npm run demo`: fictional customers, ~60 calls with real (synthetic) audio
 * whose words match their transcripts, consents given and withdrawn, requests in every
 * state, and one staff account per role. Loaded only into an empty database, through the
 * same functions the API and the tests use.
 */

const transcripts = transcriptsJson as DemoTranscripts;
const audioDir = path.join(process.cwd(), 'prisma', 'demo', 'audio');
const dayMs = 86_400_000;

interface DemoCustomer {
  customerNumber: string;
  fullName: string;
  gender: 'female' | 'male';
  phone: string;
  calls: number;
  activeFrom: string;
  activeTo?: string;
}

/** C-1010 and C-1011 share a recycled number: each must see only the calls of their own window. */
const customers: DemoCustomer[] = [
  { customerNumber: 'C-1001', fullName: 'Anna Nowak', gender: 'female', phone: '+48600100201', calls: 18, activeFrom: '2019-03-01' },
  { customerNumber: 'C-1002', fullName: 'Piotr Wiśniewski', gender: 'male', phone: '+48600100202', calls: 4, activeFrom: '2020-06-15' },
  { customerNumber: 'C-1003', fullName: 'Katarzyna Wójcik', gender: 'female', phone: '+48600100203', calls: 4, activeFrom: '2021-01-10' },
  { customerNumber: 'C-1004', fullName: 'Tomasz Kamiński', gender: 'male', phone: '+48600100204', calls: 4, activeFrom: '2018-09-01' },
  { customerNumber: 'C-1005', fullName: 'Magdalena Lewandowska', gender: 'female', phone: '+48600100205', calls: 4, activeFrom: '2022-02-01' },
  { customerNumber: 'C-1006', fullName: 'Michał Zieliński', gender: 'male', phone: '+48600100206', calls: 3, activeFrom: '2017-05-20' },
  { customerNumber: 'C-1007', fullName: 'Agnieszka Szymańska', gender: 'female', phone: '+48600100207', calls: 3, activeFrom: '2023-04-01' },
  { customerNumber: 'C-1008', fullName: 'Krzysztof Woźniak', gender: 'male', phone: '+48600100208', calls: 3, activeFrom: '2016-11-11' },
  { customerNumber: 'C-1009', fullName: 'Joanna Dąbrowska', gender: 'female', phone: '+48600100209', calls: 3, activeFrom: '2020-01-01' },
  { customerNumber: 'C-1010', fullName: 'Paweł Kozłowski', gender: 'male', phone: '+48600100210', calls: 4, activeFrom: '2019-01-01', activeTo: '2026-06-01' },
  { customerNumber: 'C-1011', fullName: 'Ewa Jankowska', gender: 'female', phone: '+48600100210', calls: 3, activeFrom: '2026-06-01' },
  { customerNumber: 'C-1012', fullName: 'Marek Mazur', gender: 'male', phone: '+48600100212', calls: 4, activeFrom: '2021-08-01' },
];

export const demoStaff: { email: string; name: string; roles: StaffRole[]; password: string }[] = [
  { email: 'agent@demo.wglad.test', name: 'Agata Agentka', roles: ['agent'], password: 'demo-agent-2026' },
  { email: 'dpo@demo.wglad.test', name: 'Daniel Inspektor', roles: ['dpo'], password: 'demo-dpo-2026' },
  { email: 'admin@demo.wglad.test', name: 'Adam Administrator', roles: ['admin'], password: 'demo-admin-2026' },
  { email: 'auditor@demo.wglad.test', name: 'Alicja Audytorka', roles: ['auditor'], password: 'demo-auditor-2026' },
];

/** The dialogues a customer of this gender speaks in (the Polish grammar follows the voice). */
function dialoguesFor(gender: 'female' | 'male'): DemoDialogue[] {
  return demoDialogues.filter((dialogue) => dialogue.customerGender === gender);
}

/** Spreads a customer's calls over their ownership window, newest within the last weeks. */
function callTime(customer: DemoCustomer, index: number, now: Date): Date {
  const windowEnd = customer.activeTo ? new Date(customer.activeTo).getTime() - 3 * dayMs : now.getTime() - 2 * dayMs;
  const windowStart = Math.max(new Date(customer.activeFrom).getTime(), windowEnd - 300 * dayMs);
  const step = (windowEnd - windowStart) / Math.max(customer.calls, 1);
  const at = new Date(windowEnd - index * step);
  at.setUTCHours(8 + ((index * 3) % 9), (index * 17) % 60, 0, 0);
  return at;
}

async function seedCustomersAndCalls(db: Db, now: Date): Promise<Map<string, string[]>> {
  const callsByCustomer = new Map<string, string[]>();
  let sequence = 0;
  for (const customer of customers) {
    const created = await db.customer.upsert({
      where: { customerNumber: customer.customerNumber },
      update: {},
      create: { customerNumber: customer.customerNumber, fullName: customer.fullName },
    });
    await db.phoneLine.create({
      data: { customerId: created.id, phone: customer.phone, activeFrom: new Date(customer.activeFrom), activeTo: customer.activeTo ? new Date(customer.activeTo) : null },
    });
    const pool = dialoguesFor(customer.gender);
    const ids: string[] = [];
    for (let index = 0; index < customer.calls; index += 1) {
      sequence += 1;
      const dialogue = pool[(index + sequence) % pool.length]!;
      const transcript = transcripts[dialogue.id]!;
      const startedAt = callTime(customer, index, now);
      const metadata = recordingMetadataSchema.parse({
        externalId: `demo-pbx-${String(sequence).padStart(6, '0')}`,
        phone: customer.phone,
        startedAt: startedAt.toISOString(),
        durationSeconds: Math.round(transcript.durationSeconds),
        direction: dialogue.direction,
        agentName: dialogue.agentName,
        purposes: [...dialogue.purposes],
        legalBasis: dialogue.legalBasis,
        consent: dialogue.legalBasis === 'consent' ? { method: 'ivr', givenAt: startedAt.toISOString(), promptVersion: 'ivr-2026-01', keyPressed: '1' } : undefined,
        transcript: transcript.segments,
      });
      const result = await ingestRecording({
        metadata,
        audio: createReadStream(path.join(audioDir, `${dialogue.id}.wav`)),
        declaredType: 'audio/wav',
        maxBytes: 10 * 1024 * 1024,
        actorId: 'demo-seed',
      });
      ids.push(result.id);
    }
    callsByCustomer.set(customer.customerNumber, ids);
  }
  return callsByCustomer;
}

async function seedConsentWithdrawals(db: Db, now: Date) {
  const withdrawals = [
    { customerNumber: 'C-1012', purposes: ['quality', 'training'] as const, daysAgo: 20 },
    { customerNumber: 'C-1005', purposes: ['training'] as const, daysAgo: 45 },
  ];
  for (const withdrawal of withdrawals) {
    const customer = customers.find((c) => c.customerNumber === withdrawal.customerNumber)!;
    const { id } = await db.customer.findUniqueOrThrow({ where: { customerNumber: customer.customerNumber } });
    await db.$transaction(async (tx) => {
      for (const purpose of withdrawal.purposes) {
        await recordConsentEvent(tx, {
          phone: customer.phone,
          customerId: id,
          purpose,
          action: 'withdrawn',
          method: 'portal',
          occurredAt: new Date(now.getTime() - withdrawal.daysAgo * dayMs),
          actor: { type: 'customer', id },
        });
      }
    });
  }
}

/** One request in every state the customer and the staff can meet. */
async function seedRequests(db: Db, calls: Map<string, string[]>, now: Date) {
  const plans: { customerNumber: string; type: 'access' | 'erasure' | 'objection' | 'restriction'; daysAgo: number; status: RequestStatus; callCount?: number; note?: string }[] = [
    { customerNumber: 'C-1001', type: 'access', daysAgo: 3, status: 'received' },
    { customerNumber: 'C-1001', type: 'erasure', daysAgo: 12, status: 'in_progress', callCount: 2 },
    { customerNumber: 'C-1002', type: 'access', daysAgo: 40, status: 'completed' },
    { customerNumber: 'C-1003', type: 'objection', daysAgo: 25, status: 'extended', note: 'Sprawa wymaga analizy nagrań z kilku systemów.' },
    { customerNumber: 'C-1006', type: 'erasure', daysAgo: 50, status: 'rejected', callCount: 1, note: 'Nagranie zlecenia przechowujemy z mocy prawa (MiFID II).' },
    { customerNumber: 'C-1007', type: 'restriction', daysAgo: 33, status: 'received' },
  ];
  for (const plan of plans) {
    const { id: customerId } = await db.customer.findUniqueOrThrow({ where: { customerNumber: plan.customerNumber } });
    const recordingIds = plan.callCount ? calls.get(plan.customerNumber)!.slice(0, plan.callCount) : undefined;
    await db.$transaction(async (tx) => {
      const request = await fileRequest(tx, { customerId, type: plan.type, recordingIds, receivedAt: new Date(now.getTime() - plan.daysAgo * dayMs) });
      if (plan.status === 'received') return;
      const closed = ['completed', 'rejected', 'partially_completed'].includes(plan.status);
      const extendedDueAt = new Date(request.dueAt.getTime() + 30 * dayMs);
      await tx.dataSubjectRequest.update({
        where: { id: request.id },
        data: {
          status: plan.status,
          decisionReason: plan.status === 'rejected' || plan.status === 'partially_completed' ? plan.note ?? 'Część nagrań objęta jest obowiązkiem przechowywania.' : null,
          legalGround: plan.status === 'rejected' ? 'art_17_3_b_legal_obligation' : null,
          closedAt: closed ? new Date(request.receivedAt.getTime() + 10 * dayMs) : null,
          decidedAt: closed ? new Date(request.receivedAt.getTime() + 10 * dayMs) : null,
          ...(plan.status === 'extended' ? { dueAt: extendedDueAt, extensionReason: plan.note, extendedAt: new Date(now.getTime() - 2 * dayMs) } : {}),
          events: { create: { kind: plan.status, note: plan.note, actorType: 'staff', at: new Date(request.receivedAt.getTime() + 2 * dayMs) } },
        },
      });
      await appendAuditEvent(tx, { type: 'request.status_changed', actorType: 'system', actorId: 'demo-seed', customerId, requestId: request.id, details: { status: plan.status } });
    });
  }
}

/**
 * An erasure decided through the real decision path, so the demo shows what one leaves behind:
 * the DPO holds one call for a court case, approves, the other calls are crypto-shredded, the
 * request ends partially completed with a reason per call, and the certificate is issued.
 */
async function seedDecidedErasure(db: Db, calls: Map<string, string[]>, now: Date) {
  const { id: customerId } = await db.customer.findUniqueOrThrow({ where: { customerNumber: 'C-1004' } });
  const recordingIds = calls.get('C-1004')!.slice(0, 3);
  const request = await db.$transaction((tx) => fileRequest(tx, { customerId, type: 'erasure', recordingIds, receivedAt: new Date(now.getTime() - 9 * dayMs) }));
  const member = await db.staffUser.findUniqueOrThrow({ where: { email: 'dpo@demo.wglad.test' }, select: { id: true, name: true, email: true, roles: true } });
  const dpo: StaffPrincipal = { sessionId: 'demo-seed', staffUserId: member.id, name: member.name, email: member.email, roles: member.roles };
  await placeRecordingHold(dpo, recordingIds[0]!, { reason: 'Spór sądowy o reklamację: nagranie jest dowodem (sygn. I C 123/26).' });
  await decideRequest(dpo, request.id, { action: 'approve' });
}

/** Processors that receive recordings (Art. 19), linked by purpose so the register is realistic. */
async function seedRecipients(db: Db) {
  const qa = await db.recipient.create({ data: { name: 'Jakość Plus Sp. z o.o.', role: 'processor: quality review', contactEmail: 'rodo@jakoscplus.example' } });
  const transcription = await db.recipient.create({ data: { name: 'Transkrypcje24 S.A.', role: 'processor: transcription', contactEmail: 'iod@transkrypcje24.example' } });
  const archive = await db.recipient.create({ data: { name: 'Bezpieczne Archiwum Sp. z o.o.', role: 'processor: archive', contactEmail: 'archiwum@bezpieczne.example' } });
  const recordings = await db.recording.findMany({ select: { id: true, purposes: true, startedAt: true } });
  for (const recording of recordings) {
    const links = [
      ...(recording.purposes.includes('quality') ? [{ recipientId: qa.id, purpose: 'quality' as const }] : []),
      { recipientId: transcription.id, purpose: recording.purposes[0]! },
      ...(recording.purposes.includes('legal_evidence') ? [{ recipientId: archive.id, purpose: 'legal_evidence' as const }] : []),
    ];
    await db.recordingRecipient.createMany({ data: links.map((link) => ({ ...link, recordingId: recording.id, sharedAt: recording.startedAt })) });
  }
}

async function seedStaff(db: Db) {
  for (const member of demoStaff) {
    await db.staffUser.upsert({
      where: { email: member.email },
      update: {},
      create: { email: member.email, name: member.name, roles: member.roles, passwordHash: await hash(member.password) },
    });
  }
}

export async function seedDemoData(db: Db, now = new Date()): Promise<void> {
  if ((await db.customer.count()) > 0) {
    logger.info('demo data already present: not seeding again');
    return;
  }
  const calls = await seedCustomersAndCalls(db, now);
  await seedRecipients(db);
  await seedConsentWithdrawals(db, now);
  await seedRequests(db, calls, now);
  await seedStaff(db);
  await seedDecidedErasure(db, calls, now);
  await db.$transaction((tx) => appendAuditEvent(tx, { type: 'demo.seeded', actorType: 'system', details: { customers: customers.length } }));
  const total = [...calls.values()].reduce((sum, ids) => sum + ids.length, 0);
  logger.info({ customers: customers.length, recordings: total }, 'demo data seeded');
  console.log(
    ['', 'Demo staff accounts (demo only):', ...demoStaff.map((m) => `  ${m.roles.join('+').padEnd(8)} ${m.email}  ${m.password}`), 'Demo customers: C-1001 … C-1012, phones +48600100201 … +48600100212 (one-time codes appear in the demo inbox at /demo/inbox).', ''].join('\n'),
  );
}
