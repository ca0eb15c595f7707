import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, staticSecurityHeaders } from '@/lib/http/security-headers';

/**
 * Runs before every request: a fresh CSP nonce per request (Next reads it from the request's
 * CSP header to mark its own scripts) and the security headers on every response.
 * Authorization is NOT decided here: each layout, page, action and handler checks for itself.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  if (process.env.NODE_ENV === 'production') {
    response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
