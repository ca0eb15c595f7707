import { z } from 'zod';

export const purposeSchema = z.enum(['quality', 'training', 'contract', 'legal_evidence', 'security']);
export const legalBasisSchema = z.enum(['consent', 'legitimate_interest', 'contract', 'legal_obligation']);

/** A text the record keeps in both languages of the portal. */
export interface LocalizedText {
  pl: string;
  en: string;
}

/** Reads a Json column as {pl, en}; anything else (an empty `{}` on a fresh row) becomes empty strings. */
export function toLocalizedText(value: unknown): LocalizedText {
  const object = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { pl: typeof object.pl === 'string' ? object.pl : '', en: typeof object.en === 'string' ? object.en : '' };
}

/** The text fields of a purpose, each edited in Polish and English. */
export const processingTextFields = ['description', 'dataCategories', 'recipientsText', 'retentionCriteria', 'securityMeasures'] as const;
export type ProcessingTextField = (typeof processingTextFields)[number];

const text = z.string().trim().min(1).max(4000);
/** A business never keeps a call longer than the 10-year outer limit of the civil code. */
const maxRetentionDays = 3653;

/** One purpose as the editor sends it; form names are `<field>Pl` / `<field>En`. */
export const processingPurposeFormSchema = z.object({
  purpose: purposeSchema,
  legalBases: z.array(legalBasisSchema).min(1).max(4),
  retentionDays: z.coerce.number().int().min(1).max(maxRetentionDays),
  descriptionPl: text,
  descriptionEn: text,
  dataCategoriesPl: text,
  dataCategoriesEn: text,
  recipientsTextPl: text,
  recipientsTextEn: text,
  retentionCriteriaPl: text,
  retentionCriteriaEn: text,
  securityMeasuresPl: text,
  securityMeasuresEn: text,
});

export type ProcessingPurposeForm = z.infer<typeof processingPurposeFormSchema>;

/** One item a line, blank lines dropped: how list fields are stored and shown. */
export function linesOf(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
