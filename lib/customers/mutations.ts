import 'server-only';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { allPurposes, withdrawnPurposesFor } from '@/lib/consent/queries';
import { refreshConsentStates } from '@/lib/consent/state';
import { findLineOwnerAt } from './queries';
import { windowsOverlap, type CustomerUpsert } from './schema';

/** Serialises line-ownership changes so two CRM calls cannot both claim a number. */
const lineOwnershipLockId = 4_711_002;

/**
 * Creates or updates a customer from the CRM, whose list of lines replaces the one held.
 * A window that overlaps another customer's window on the same number is refused. Calls
 * matched to an owner by line are re-matched on the numbers that changed, so a call made
 * after a number moved never stays visible to its previous owner.
 */
export async function upsertCustomerFromCrm(customerNumber: string, body: CustomerUpsert, actorId: string): Promise<{ id: string; created: boolean }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lineOwnershipLockId})`;
    const existing = await tx.customer.findUnique({ where: { customerNumber }, include: { lines: true } });
    await assertNoForeignOverlap(tx, existing?.id, body);

    const customer = existing
      ? await tx.customer.update({ where: { id: existing.id }, data: { fullName: body.fullName, email: body.email ?? null, ...(body.locale ? { locale: body.locale } : {}) } })
      : await tx.customer.create({ data: { customerNumber, fullName: body.fullName, email: body.email, locale: body.locale ?? 'pl' } });
    await tx.phoneLine.deleteMany({ where: { customerId: customer.id } });
    await tx.phoneLine.createMany({
      data: body.lines.map((line) => ({ customerId: customer.id, phone: line.phone, activeFrom: line.activeFrom, activeTo: line.activeTo ?? null })),
    });

    await resetConsentOfOpenedWindows(tx, customer.id, existing?.lines ?? [], body.lines, actorId);

    const touchedPhones = new Set([...(existing?.lines ?? []).map((line) => line.phone), ...body.lines.map((line) => line.phone)]);
    const rematched = await rematchCallsByLine(tx, [...touchedPhones]);
    await appendAuditEvent(tx, {
      type: 'customer.upserted',
      actorType: 'integration',
      actorId,
      customerId: customer.id,
      details: { created: !existing, lines: body.lines.length, rematchedCalls: rematched },
    });
    return { id: customer.id, created: !existing };
  });
}

/**
 * A number that has just come to this customer (a window open now that they did not hold
 * before) answers the IVR with its new holder's own consent, or the default: never with a
 * withdrawal its previous holder made. Audited per number whose answer changed, with what it is now.
 */
async function resetConsentOfOpenedWindows(tx: Tx, customerId: string, before: { phone: string; activeFrom: Date }[], after: CustomerUpsert['lines'], actorId: string) {
  const now = new Date();
  const heldBefore = (line: CustomerUpsert['lines'][number]) => before.some((old) => old.phone === line.phone && old.activeFrom.getTime() === line.activeFrom.getTime());
  const opened = after.filter((line) => line.activeFrom <= now && (!line.activeTo || line.activeTo > now) && !heldBefore(line));
  for (const line of opened) {
    const changed = await refreshConsentStates(tx, line.phone, allPurposes, now);
    // Recorded when the IVR's answer changed: a new number, or one whose last holder withdrew nothing, changes nothing.
    if (changed.length === 0) continue;
    const withdrawn = [...(await withdrawnPurposesFor(tx, line.phone))];
    await appendAuditEvent(tx, {
      type: 'consent.state_reset',
      actorType: 'integration',
      actorId,
      customerId,
      details: { windowFrom: line.activeFrom.toISOString(), changedPurposes: changed, withdrawnPurposes: withdrawn },
    });
  }
}

async function assertNoForeignOverlap(tx: Tx, customerId: string | undefined, body: CustomerUpsert) {
  const phones = [...new Set(body.lines.map((line) => line.phone))];
  const others = await tx.phoneLine.findMany({
    where: { phone: { in: phones }, ...(customerId ? { customerId: { not: customerId } } : {}) },
    select: { phone: true, activeFrom: true, activeTo: true },
  });
  const conflicts = body.lines.flatMap((line, index) =>
    others.some((other) => other.phone === line.phone && windowsOverlap(other, line))
      ? [{ field: `lines.${index}`, message: `${line.phone} belongs to another customer during this window` }]
      : [],
  );
  if (conflicts.length) throw new AppError('conflict', 'overlapping line ownership', { fieldErrors: conflicts });
}

/** Re-derives the owner of every call on these numbers that was matched by line, not by the agent. */
async function rematchCallsByLine(tx: Tx, phones: string[]): Promise<number> {
  const calls = await tx.recording.findMany({
    where: { phone: { in: phones }, ownerMatchedBy: { not: 'customer_number' } },
    select: { id: true, phone: true, startedAt: true, customerId: true },
  });
  let changed = 0;
  for (const call of calls) {
    const owner = await findLineOwnerAt(tx, call.phone, call.startedAt);
    if (owner === call.customerId) continue;
    await tx.recording.update({ where: { id: call.id }, data: { customerId: owner, ownerMatchedBy: owner ? 'line_owner' : 'unmatched' } });
    changed += 1;
  }
  return changed;
}
