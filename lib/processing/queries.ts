import 'server-only';
import type { LegalBasis, Purpose } from '@/generated/prisma/client';
import { getDb } from '@/lib/db';
import { purposeSchema, toLocalizedText, type LocalizedText } from './schema';

/** One purpose of the record of processing (Art. 30), texts in both languages. */
export interface ProcessingPurposeEntry {
  purpose: Purpose;
  legalBases: LegalBasis[];
  retentionDays: number;
  retentionCriteria: LocalizedText;
  description: LocalizedText;
  dataCategories: LocalizedText;
  recipientsText: LocalizedText;
  securityMeasures: LocalizedText;
  updatedAt: Date;
  updatedByName: string | null;
}

export interface PublicRecipient {
  name: string;
  role: string;
}

const purposeOrder = purposeSchema.options;

/** The whole record in a fixed purpose order, with who last edited each purpose. */
export async function getProcessingRecord(): Promise<ProcessingPurposeEntry[]> {
  const db = await getDb();
  const rows = await db.processingPurpose.findMany();
  const editorIds = [...new Set(rows.map((row) => row.updatedById).filter((id): id is string => Boolean(id)))];
  const editors = editorIds.length ? await db.staffUser.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true } }) : [];
  return rows
    .sort((a, b) => purposeOrder.indexOf(a.purpose) - purposeOrder.indexOf(b.purpose))
    .map((row) => ({
      purpose: row.purpose,
      legalBases: row.legalBases,
      retentionDays: row.retentionDays,
      retentionCriteria: toLocalizedText(row.retentionCriteria),
      description: toLocalizedText(row.description),
      dataCategories: toLocalizedText(row.dataCategories),
      recipientsText: toLocalizedText(row.recipientsText),
      securityMeasures: toLocalizedText(row.securityMeasures),
      updatedAt: row.updatedAt,
      updatedByName: editors.find((editor) => editor.id === row.updatedById)?.name ?? null,
    }));
}

/** The Art. 19 register as customers see it: who receives recordings, by name (CJEU C-154/21), never contact details. */
export async function listPublicRecipients(): Promise<PublicRecipient[]> {
  const db = await getDb();
  return db.recipient.findMany({ orderBy: { name: 'asc' }, select: { name: true, role: true } });
}
