import 'server-only';
import type { Prisma, Purpose } from '@/generated/prisma/client';
import { appendAuditEvent } from '@/lib/audit/mutations';
import { getDb, type Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ensureDefaultRetentionPolicies } from '@/lib/retention/policies';
import { defaultProcessingRecord } from './defaults';
import { toLocalizedText, type LocalizedText, type ProcessingPurposeForm, type ProcessingTextField } from './schema';

/** Fills a language left empty with the default; a text already there stays. */
function filled(current: unknown, fallback: LocalizedText): LocalizedText {
  const text = toLocalizedText(current);
  return { pl: text.pl.trim() ? text.pl : fallback.pl, en: text.en.trim() ? text.en : fallback.en };
}

/**
 * Makes a fresh install's record of processing complete: creates the purposes (with their
 * retention) when missing, then fills empty texts and legal bases with the defaults. A
 * purpose an admin has saved (`updatedById` set) is never touched, even where they left a
 * field short, and nothing already written is overwritten. Safe to run at every start.
 */
export async function ensureDefaultProcessingRecord(db: Db): Promise<void> {
  await ensureDefaultRetentionPolicies(db);
  const rows = await db.processingPurpose.findMany({ where: { updatedById: null } });
  for (const row of rows) {
    const defaults = defaultProcessingRecord[row.purpose];
    await db.processingPurpose.update({
      where: { purpose: row.purpose },
      data: {
        description: { ...filled(row.description, defaults.description) },
        dataCategories: { ...filled(row.dataCategories, defaults.dataCategories) },
        recipientsText: { ...filled(row.recipientsText, defaults.recipientsText) },
        securityMeasures: { ...filled(row.securityMeasures, defaults.securityMeasures) },
        legalBases: row.legalBases.length > 0 ? row.legalBases : defaults.legalBases,
      },
    });
  }
}

/** An admin's edit of one purpose, audited with the names of the fields that changed (not their text). */
export async function updateProcessingPurpose(actor: { staffUserId: string }, form: ProcessingPurposeForm): Promise<{ changed: string[] }> {
  const next: Record<ProcessingTextField, LocalizedText> = {
    description: { pl: form.descriptionPl, en: form.descriptionEn },
    dataCategories: { pl: form.dataCategoriesPl, en: form.dataCategoriesEn },
    recipientsText: { pl: form.recipientsTextPl, en: form.recipientsTextEn },
    retentionCriteria: { pl: form.retentionCriteriaPl, en: form.retentionCriteriaEn },
    securityMeasures: { pl: form.securityMeasuresPl, en: form.securityMeasuresEn },
  };
  const legalBases = [...new Set(form.legalBases)];
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.processingPurpose.findUnique({ where: { purpose: form.purpose } });
    if (!current) throw new AppError('not_found', `no processing purpose ${form.purpose}`);
    const changed: string[] = [];
    for (const field of Object.keys(next) as ProcessingTextField[]) {
      const before = toLocalizedText(current[field]);
      if (before.pl !== next[field].pl || before.en !== next[field].en) changed.push(field);
    }
    if (current.retentionDays !== form.retentionDays) changed.push('retentionDays');
    if ([...current.legalBases].sort().join() !== [...legalBases].sort().join()) changed.push('legalBases');
    if (changed.length === 0) return { changed };
    const data: Prisma.ProcessingPurposeUpdateInput = {
      ...Object.fromEntries(Object.entries(next).map(([field, value]) => [field, { ...value }])),
      retentionDays: form.retentionDays,
      legalBases,
      updatedById: actor.staffUserId,
    };
    await tx.processingPurpose.update({ where: { purpose: form.purpose }, data });
    await appendAuditEvent(tx, {
      type: 'processing.updated',
      actorType: 'staff',
      actorId: actor.staffUserId,
      details: { purpose: form.purpose satisfies Purpose, changed, ...(changed.includes('retentionDays') ? { retentionDays: { from: current.retentionDays, to: form.retentionDays } } : {}) },
    });
    return { changed };
  });
}
