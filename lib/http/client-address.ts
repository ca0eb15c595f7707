/**
 * The caller's address for rate limits. Behind a proxy the first X-Forwarded-For hop is the
 * client; deployments must make the proxy overwrite (not append to) that header.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
