import { z } from 'zod';
import { customerNumberSchema } from '@/lib/customers/schema';

/**
 * The shapes the browser sends during a passkey ceremony (WebAuthn's JSON encoding, as
 * @simplewebauthn/browser produces it). Checked here at the boundary with size limits, so
 * the verifier only ever sees well-formed base64url strings of sane length.
 */

const base64url = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9_-]+$/, 'must be base64url');

export const authenticatorTransportSchema = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

const credentialBase = {
  id: base64url(1366),
  rawId: base64url(1366),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

export const registrationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(65_536),
    authenticatorData: base64url(65_536).optional(),
    // Unknown future transports are dropped rather than refused.
    transports: z.array(z.string().max(32)).max(10).optional().transform((values) => values?.filter((value) => authenticatorTransportSchema.safeParse(value).success) as z.infer<typeof authenticatorTransportSchema>[] | undefined),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
  }),
});

export const authenticationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(4096),
    signature: base64url(2048),
    userHandle: base64url(128).optional(),
  }),
});

export const passkeyNameSchema = z.string().trim().min(1).max(60);

export const challengeIdSchema = z.string().min(1).max(64);

/** POST /api/passkeys/registration: the answer to a registration challenge and the name the customer chose. */
export const registrationRequestSchema = z.object({
  challengeId: challengeIdSchema,
  name: passkeyNameSchema,
  response: registrationResponseSchema,
});

/** POST /api/passkeys/authentication/options: usernameless, or the customer number first (fallback). */
export const authenticationOptionsRequestSchema = z.object({
  customerNumber: z.string().trim().toUpperCase().pipe(customerNumberSchema).optional(),
});

/** The `customer-passkey` credentials next-auth receives: the response travels as a JSON string in a form post. */
export const passkeyCredentialsSchema = z.object({
  challengeId: challengeIdSchema,
  response: z
    .string()
    .max(16_384)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(authenticationResponseSchema),
});

export const passkeyIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;
export type AuthenticationResponse = z.infer<typeof authenticationResponseSchema>;
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;
