import { z } from 'zod';

/** The grounds on which a request may be refused in whole or in part; each is cited to the customer (rule 4). */
export const legalGrounds = [
  'art_12_5_manifestly_unfounded',
  'art_12_5_excessive',
  'art_12_6_identity_not_confirmed',
  'art_15_4_rights_of_others',
  'art_17_3_b_legal_obligation',
  'art_17_3_e_legal_claims',
  'art_21_1_compelling_grounds',
] as const;

export type LegalGround = (typeof legalGrounds)[number];
export const legalGroundSchema = z.enum(legalGrounds, { message: `must be one of ${legalGrounds.join(', ')}` });

/**
 * Why an approved objection left a call as it was: Art. 21(1) reaches only processing on
 * legitimate interest (Art. 6(1)(f)), so a call kept on another basis is listed with that basis.
 */
export const objectionNotApplicableReasons = {
  consent: 'art_21_basis_consent',
  contract: 'art_21_basis_contract',
  legal_obligation: 'art_21_basis_legal_obligation',
} as const;

export type ObjectionNotApplicableReason = (typeof objectionNotApplicableReasons)[keyof typeof objectionNotApplicableReasons];

export function isObjectionNotApplicableReason(reason: string): reason is ObjectionNotApplicableReason {
  return (Object.values(objectionNotApplicableReasons) as string[]).includes(reason);
}

/**
 * Decision reasons the portal writes itself (staff write theirs in words): each is shown as a
 * sentence from the messages (`decision.<key>`), never as the code.
 */
export const systemDecisionReasons = {
  /** An erasure kept some calls; the per-call reasons say which exception. */
  some_calls_kept: 'someCallsKept',
  /** An approved objection left alone calls not kept on legitimate interest; the per-call reasons say why. */
  some_calls_not_objectable: 'someCallsNotObjectable',
  /** An access package silenced another person's words in some calls (Art. 15(4)). */
  third_party_data_silenced: 'thirdPartyDataSilenced',
} as const;

export type SystemDecisionReason = keyof typeof systemDecisionReasons;

/** The message key of a reason the portal wrote, or undefined for a reason staff wrote. */
export function systemDecisionReasonKey(reason: string): (typeof systemDecisionReasons)[SystemDecisionReason] | undefined {
  return Object.hasOwn(systemDecisionReasons, reason) ? systemDecisionReasons[reason as SystemDecisionReason] : undefined;
}
