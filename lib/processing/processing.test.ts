import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { withTestDatabase } from '@/test/database';
import { defaultProcessingRecord } from './defaults';
import { ensureDefaultProcessingRecord, updateProcessingPurpose } from './mutations';
import { getProcessingRecord } from './queries';
import { processingPurposeFormSchema } from './schema';

withTestDatabase();

describe('record of processing', () => {
  it('gives a fresh install a complete record in both languages', async () => {
    await ensureDefaultProcessingRecord(await getDb());
    const record = await getProcessingRecord();
    expect(record.map((entry) => entry.purpose)).toEqual(['quality', 'training', 'contract', 'legal_evidence', 'security']);
    for (const entry of record) {
      expect(entry.legalBases.length, entry.purpose).toBeGreaterThan(0);
      for (const field of ['description', 'dataCategories', 'recipientsText', 'retentionCriteria', 'securityMeasures'] as const) {
        expect(entry[field].pl, `${entry.purpose}.${field}`).not.toBe('');
        expect(entry[field].en, `${entry.purpose}.${field}`).not.toBe('');
      }
    }
    expect(record.find((entry) => entry.purpose === 'contract')).toMatchObject({ legalBases: ['contract'], retentionDays: 6 * 365 + 2 });
  });

  it('fills only what is empty and never overwrites an admin edit', async () => {
    const db = await getDb();
    const admin = await db.staffUser.create({ data: { email: 'admin@test', name: 'Ada Admin', passwordHash: 'x', roles: ['admin'] } });
    // An older install: a text written by hand before this editor existed, the rest empty.
    await db.processingPurpose.update({ where: { purpose: 'training' }, data: { description: { pl: 'Własny opis.', en: '' }, securityMeasures: {}, legalBases: [] } });
    const form = processingPurposeFormSchema.parse({
      purpose: 'security',
      legalBases: ['legitimate_interest', 'legal_obligation'],
      retentionDays: '730',
      descriptionPl: 'Opis administratora.',
      descriptionEn: 'The admin\'s description.',
      dataCategoriesPl: 'numer telefonu',
      dataCategoriesEn: 'phone number',
      recipientsTextPl: 'zespół bezpieczeństwa',
      recipientsTextEn: 'the security team',
      retentionCriteriaPl: '2 lata.',
      retentionCriteriaEn: '2 years.',
      securityMeasuresPl: 'szyfrowanie',
      securityMeasuresEn: 'encryption',
    });
    expect((await updateProcessingPurpose({ staffUserId: admin.id }, form)).changed).toEqual(expect.arrayContaining(['description', 'retentionDays', 'legalBases']));

    await ensureDefaultProcessingRecord(db);
    const record = await getProcessingRecord();
    const training = record.find((entry) => entry.purpose === 'training')!;
    expect(training.description).toEqual({ pl: 'Własny opis.', en: defaultProcessingRecord.training.description.en });
    expect(training.securityMeasures).toEqual(defaultProcessingRecord.training.securityMeasures);
    expect(training.legalBases).toEqual(['consent']);
    const security = record.find((entry) => entry.purpose === 'security')!;
    expect(security).toMatchObject({ retentionDays: 730, legalBases: ['legitimate_interest', 'legal_obligation'], description: { pl: 'Opis administratora.' }, updatedByName: 'Ada Admin' });

    const [event] = await db.auditEvent.findMany({ where: { type: 'processing.updated' } });
    expect(event).toMatchObject({ actorId: admin.id, details: { purpose: 'security', retentionDays: { from: 365, to: 730 } } });
    // Saving the same again changes nothing and logs nothing.
    expect((await updateProcessingPurpose({ staffUserId: admin.id }, form)).changed).toEqual([]);
    expect(await db.auditEvent.count({ where: { type: 'processing.updated' } })).toBe(1);
  });
});
