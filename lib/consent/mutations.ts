import 'server-only';
import type { ConsentAction, ConsentMethod, Purpose } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import type { Tx } from '@/lib/db';
import { refreshConsentStates } from './state';

export interface ConsentEventInput {
  phone: string;
  customerId?: string | null;
  purpose: Purpose;
  action: ConsentAction;
  method: ConsentMethod;
  occurredAt: Date;
  promptVersion?: string;
  keyPressed?: string;
  recordingId?: string;
  requestId?: string;
  actor: { type: 'customer' | 'staff' | 'integration' | 'system'; id?: string | null };
}

/**
 * Appends to the consent ledger and refreshes the IVR's answer for that phone and purpose in
 * the same transaction. The answer follows the latest event by the time it happened, so a
 * consent proof that arrives late (with an older call) cannot undo a newer withdrawal, and
 * only events since the current holder got the number count (lib/consent/state.ts).
 */
export async function recordConsentEvent(tx: Tx, input: ConsentEventInput): Promise<void> {
  await tx.consentEvent.create({
    data: {
      phone: input.phone,
      customerId: input.customerId ?? null,
      purpose: input.purpose,
      action: input.action,
      method: input.method,
      occurredAt: input.occurredAt,
      promptVersion: input.promptVersion,
      keyPressed: input.keyPressed,
      recordingId: input.recordingId,
      requestId: input.requestId,
    },
  });
  await refreshConsentStates(tx, input.phone, [input.purpose]);
  await appendAuditEvent(tx, {
    type: input.action === 'given' ? 'consent.given' : 'consent.withdrawn',
    actorType: input.actor.type,
    actorId: input.actor.id,
    customerId: input.customerId,
    recordingId: input.recordingId,
    requestId: input.requestId,
    details: { purpose: input.purpose, method: input.method, occurredAt: input.occurredAt.toISOString() },
  });
}
