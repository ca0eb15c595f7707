import 'server-only';
import { ZodError } from 'zod';
import { AppError, errorStatus, type ErrorCode, type FieldError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { problemText } from '@/lib/http/problem-text';

/** RFC 9457 problem details: the only shape an API error ever takes. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

export function problemType(code: ErrorCode): string {
  return `/api/v1/problems/${code.replaceAll('_', '-')}`;
}

export function fieldErrorsFromZod(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}

function preferredLanguage(request?: Request): 'pl' | 'en' {
  const header = request?.headers.get('accept-language') ?? '';
  return /^\s*pl\b/i.test(header) ? 'pl' : 'en';
}

export function problemResponse(code: ErrorCode, options: { request?: Request; fieldErrors?: FieldError[]; retryAfterSeconds?: number } = {}): Response {
  const language = preferredLanguage(options.request);
  const text = problemText(code, language);
  const body: ProblemBody = { type: problemType(code), title: text.title, status: errorStatus[code], detail: text.detail };
  if (options.fieldErrors?.length) body.errors = options.fieldErrors;
  const headers = new Headers({ 'content-type': 'application/problem+json', 'cache-control': 'no-store' });
  if (options.retryAfterSeconds !== undefined) headers.set('retry-after', String(Math.max(1, Math.ceil(options.retryAfterSeconds))));
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

/** Turns anything thrown by a handler into problem+json; unexpected errors are logged, never shown. */
export function errorToProblem(error: unknown, request?: Request): Response {
  if (error instanceof AppError) {
    if (error.status >= 500) logger.error({ err: error, code: error.code }, error.message);
    return problemResponse(error.code, { request, fieldErrors: error.fieldErrors, retryAfterSeconds: error.retryAfterSeconds });
  }
  if (error instanceof ZodError) {
    return problemResponse('validation_failed', { request, fieldErrors: fieldErrorsFromZod(error) });
  }
  logger.error({ err: error, url: request?.url }, 'unhandled error in API handler');
  return problemResponse('internal', { request });
}
