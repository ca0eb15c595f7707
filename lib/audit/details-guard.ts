/**
 * Audit details hold ids and facts only (CONVENTIONS): never a one-time code, a token, a key,
 * a password, audio or transcript text. The chain cannot be edited afterwards, so a secret
 * written by mistake would stay for the log's whole retention; refusing the field names at
 * write time stops the mistake before it lands. Names are compared without case, dashes or
 * underscores, and a name ending in a forbidden word counts (`recoveryCode`, `apiKey`).
 */
const forbiddenEndings = ['code', 'codes', 'otp', 'token', 'tokens', 'secret', 'secrets', 'password', 'passphrase', 'key', 'keys', 'signature', 'transcript', 'text', 'audio', 'cookie'];

export class ForbiddenAuditDetailError extends Error {
  override name = 'ForbiddenAuditDetailError';
}

function isForbiddenName(name: string): boolean {
  const normalised = name.toLowerCase().replace(/[-_\s]/g, '');
  return forbiddenEndings.some((ending) => normalised.endsWith(ending));
}

/** The path of the first forbidden field name in the details, at any depth, or null. */
export function findForbiddenAuditDetail(value: unknown, path = 'details'): string | null {
  if (value === null || typeof value !== 'object') return null;
  for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
    const innerPath = Array.isArray(value) ? `${path}[${name}]` : `${path}.${name}`;
    if (!Array.isArray(value) && isForbiddenName(name)) return innerPath;
    const nested = findForbiddenAuditDetail(inner, innerPath);
    if (nested) return nested;
  }
  return null;
}

export function assertAuditDetailsSafe(type: string, details: unknown): void {
  const forbidden = findForbiddenAuditDetail(details);
  if (forbidden) throw new ForbiddenAuditDetailError(`Audit event ${type} refused: ${forbidden} may hold a code, token, key or transcript text.`);
}
