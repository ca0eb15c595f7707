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

/** Set on a request whose calls were partly left alone by an approved objection; the per-call reasons say why. */
export const someCallsNotObjectable = 'some_calls_not_objectable';
