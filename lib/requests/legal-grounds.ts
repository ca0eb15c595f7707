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
