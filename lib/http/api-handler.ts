import 'server-only';
import { errorToProblem } from '@/lib/http/problem';

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler so that every failure becomes problem+json: handlers throw AppError
 * (or let a zod parse throw) and never build error responses by hand.
 */
export function apiHandler<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorToProblem(error, request);
    }
  };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)), { ...init, headers });
}
