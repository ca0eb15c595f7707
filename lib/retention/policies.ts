import 'server-only';
import type { Purpose } from '@/generated/prisma/client';
import type { Db, Tx } from '@/lib/db';

/**
 * The retention period of each purpose (rule 21), seeded once and then edited by admins as
 * part of the record of processing. A call is kept as long as its longest purpose needs.
 */
const defaultPolicies: Record<Purpose, { retentionDays: number; pl: string; en: string }> = {
  quality: { retentionDays: 90, pl: '90 dni od rozmowy: tyle trwa ocena jakości obsługi.', en: '90 days from the call: the time quality review takes.' },
  training: { retentionDays: 365, pl: '1 rok od rozmowy: nagrania wybrane do szkoleń.', en: '1 year from the call: recordings chosen for training.' },
  contract: { retentionDays: 6 * 365 + 2, pl: '6 lat: okres przedawnienia roszczeń z umowy (art. 118 k.c.).', en: '6 years: the limitation period for contract claims (Civil Code Art. 118).' },
  legal_evidence: { retentionDays: 5 * 365 + 1, pl: '5 lat: obowiązek prawny (np. MiFID II dla zleceń).', en: '5 years: a legal obligation (e.g. MiFID II for orders).' },
  security: { retentionDays: 365, pl: '1 rok: wykrywanie nadużyć i oszustw.', en: '1 year: fraud and abuse detection.' },
};

export async function ensureDefaultRetentionPolicies(db: Db): Promise<void> {
  for (const [purpose, policy] of Object.entries(defaultPolicies) as [Purpose, (typeof defaultPolicies)[Purpose]][]) {
    await db.processingPurpose.upsert({
      where: { purpose },
      update: {},
      create: {
        purpose,
        retentionDays: policy.retentionDays,
        retentionCriteria: { pl: policy.pl, en: policy.en },
        description: {},
        legalBases: [],
        dataCategories: {},
        recipientsText: {},
        securityMeasures: {},
      },
    });
  }
}

const dayMs = 24 * 60 * 60 * 1000;

/** The retention date of a call made at `startedAt` for `purposes`: the longest period wins. */
export async function computeRetentionUntil(tx: Tx, purposes: Purpose[], startedAt: Date): Promise<Date> {
  const policies = await tx.processingPurpose.findMany({ where: { purpose: { in: purposes } } });
  const days = Math.max(...purposes.map((purpose) => policies.find((policy) => policy.purpose === purpose)?.retentionDays ?? defaultPolicies[purpose].retentionDays));
  return new Date(startedAt.getTime() + days * dayMs);
}
