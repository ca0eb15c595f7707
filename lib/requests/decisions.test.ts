import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { buildAccessPackage } from '@/lib/fulfilment/access-package';
import { customerWithCalls as callsOn, type TestCall } from '@/test/calls';
import { withTestDatabase } from '@/test/database';
import { customerReplies, messageCustomer } from './casework';
import { decideRequest } from './decisions';
import { fileRequest } from './mutations';

withTestDatabase();

const dpo: StaffPrincipal = { sessionId: 's', staffUserId: 'staff-dpo', name: 'DPO', email: 'dpo@test', roles: ['dpo'] };
const dayMs = 86_400_000;

/** A customer with one call per legal basis given. */
const customerWithCalls = (bases: TestCall['legalBasis'][]) => callsOn(bases.map((legalBasis) => ({ legalBasis })));

async function fileAs(customerId: string, type: 'restriction' | 'objection' | 'access') {
  const db = await getDb();
  return db.$transaction((tx) => fileRequest(tx, { customerId, type }));
}

/** Asks the customer something (the clock stops) and backdates the pause by `days`. */
async function pauseFor(requestId: string, days: number) {
  await messageCustomer(dpo, requestId, { text: 'Prosimy o doprecyzowanie.', awaitingReply: true });
  const db = await getDb();
  await db.clockPause.updateMany({ where: { requestId, endedAt: null }, data: { startedAt: new Date(Date.now() - days * dayMs + 60_000) } });
}

describe('a request that ends while its clock is paused (rule 3)', () => {
  it('resumes the clock when the customer replies, moving the due date once', async () => {
    const { customerId } = await customerWithCalls(['consent']);
    const request = await fileAs(customerId, 'restriction');
    await pauseFor(request.id, 2);
    await customerReplies(customerId, request.id, 'Chodzi o rozmowę z września.');
    await customerReplies(customerId, request.id, 'I jeszcze jedno.');
    const db = await getDb();
    const after = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(after.dueAt.getTime() - after.originalDueAt.getTime()).toBe(2 * dayMs);
    expect(after.events.filter((event) => event.kind === 'resumed')).toHaveLength(1);
  });

  it('ends the pause when rejected, and the due date moves by the paused days', async () => {
    const { customerId } = await customerWithCalls(['consent']);
    const request = await fileAs(customerId, 'restriction');
    await pauseFor(request.id, 3);

    await decideRequest(dpo, request.id, { action: 'reject', reason: 'Brak podstaw.', legalGround: 'art_12_5_manifestly_unfounded' });

    const db = await getDb();
    const after = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id }, include: { pauses: true } });
    expect(after.status).toBe('rejected');
    expect(after.pauses).toHaveLength(1);
    expect(after.pauses[0]!.endedAt).toEqual(after.closedAt);
    expect(after.dueAt.getTime() - after.originalDueAt.getTime()).toBe(3 * dayMs);
    const clockEvents = await db.auditEvent.findMany({ where: { requestId: request.id, type: 'request.status_changed' }, orderBy: { seq: 'asc' } });
    expect(clockEvents.map((event) => event.details)).toContainEqual({ clock: 'ended_with_request', pausedDays: 3 });
  });

  it('ends the pause when approved', async () => {
    const { customerId } = await customerWithCalls(['consent']);
    const request = await fileAs(customerId, 'restriction');
    await pauseFor(request.id, 1);

    await expect(decideRequest(dpo, request.id, { action: 'approve' })).resolves.toMatchObject({ status: 'completed' });

    const db = await getDb();
    expect(await db.clockPause.count({ where: { requestId: request.id, endedAt: null } })).toBe(0);
  });

  it('keeps the clock paused while an approved access request waits for its package, and ends it when the package is ready', async () => {
    const { customerId } = await customerWithCalls(['consent']);
    const request = await fileAs(customerId, 'access');
    await pauseFor(request.id, 1);

    await expect(decideRequest(dpo, request.id, { action: 'approve' })).resolves.toMatchObject({ status: 'in_progress' });

    const db = await getDb();
    expect(await db.clockPause.count({ where: { requestId: request.id, endedAt: null } })).toBe(1);

    await buildAccessPackage(request.id, { setTotal: async () => undefined, advance: async () => undefined });
    const done = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id }, include: { pauses: true } });
    expect(done.status).toBe('completed');
    expect(done.pauses[0]!.endedAt).toEqual(done.closedAt);
  });
});

describe('an approved objection (Art. 21)', () => {
  it('stops processing only the calls kept on legitimate interest and lists the others with their basis', async () => {
    const { customerId, ids } = await customerWithCalls(['legitimate_interest', 'consent', 'contract', 'legal_obligation', 'legitimate_interest']);
    const request = await fileAs(customerId, 'objection');

    await expect(decideRequest(dpo, request.id, { action: 'approve' })).resolves.toMatchObject({ status: 'partially_completed' });

    const db = await getDb();
    const after = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id }, include: { recordings: true } });
    expect(after.decisionReason).toBe('some_calls_not_objectable');
    const outcomeOf = (id: string) => after.recordings.find((item) => item.recordingId === id);
    expect(outcomeOf(ids[0]!)).toMatchObject({ outcome: 'processing_stopped', outcomeReason: null });
    expect(outcomeOf(ids[1]!)).toMatchObject({ outcome: 'not_applicable', outcomeReason: 'art_21_basis_consent' });
    expect(outcomeOf(ids[2]!)).toMatchObject({ outcome: 'not_applicable', outcomeReason: 'art_21_basis_contract' });
    expect(outcomeOf(ids[3]!)).toMatchObject({ outcome: 'not_applicable', outcomeReason: 'art_21_basis_legal_obligation' });
    expect(outcomeOf(ids[4]!)).toMatchObject({ outcome: 'processing_stopped' });

    const statuses = await db.recording.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
    expect(ids.map((id) => statuses.find((call) => call.id === id)?.status)).toEqual(['restricted', 'available', 'available', 'available', 'restricted']);
    const restricted = await db.auditEvent.findMany({ where: { requestId: request.id, type: 'recording.restricted' } });
    expect(restricted.map((event) => event.recordingId).sort()).toEqual([ids[0], ids[4]].sort());
  });

  it('completes in full when every call is kept on legitimate interest', async () => {
    const { customerId } = await customerWithCalls(['legitimate_interest']);
    const request = await fileAs(customerId, 'objection');
    await expect(decideRequest(dpo, request.id, { action: 'approve' })).resolves.toMatchObject({ status: 'completed' });
  });

  it('still restricts every call on a restriction request (Art. 18 knows no such limit)', async () => {
    const { customerId, ids } = await customerWithCalls(['consent', 'legal_obligation']);
    const request = await fileAs(customerId, 'restriction');
    await expect(decideRequest(dpo, request.id, { action: 'approve' })).resolves.toMatchObject({ status: 'completed' });
    const db = await getDb();
    expect(await db.recording.count({ where: { id: { in: ids }, status: 'restricted' } })).toBe(2);
  });
});
