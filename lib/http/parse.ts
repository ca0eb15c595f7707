import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { fieldErrorsFromZod } from '@/lib/http/problem';

const maxJsonBytes = 10 * 1024 * 1024;

function validate<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'input does not validate', {
      // A parameter validated whole has no inner path: its own name is the field.
      fieldErrors: fieldErrorsFromZod(parsed.error).map((error) => ({ ...error, field: error.field === '(body)' && prefix ? prefix : prefix + error.field })),
    });
  }
  return parsed.data;
}

/** A JSON request body, parsed and validated at the boundary; anything else is a clear 4xx. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('unsupported_media_type', 'expected JSON', { fieldErrors: [{ field: '(body)', message: 'must be application/json' }] });
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxJsonBytes) throw new AppError('payload_too_large', 'JSON body too large');
  const text = await request.text();
  if (text.length > maxJsonBytes) throw new AppError('payload_too_large', 'JSON body too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'body is not JSON', { fieldErrors: [{ field: '(body)', message: 'is not valid JSON' }] });
  }
  return validate(schema, json);
}

export function parseSearchParams<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return validate(schema, Object.fromEntries(new URL(request.url).searchParams));
}

export function parseParam<S extends z.ZodType>(schema: S, value: unknown, name: string): z.infer<S> {
  return validate(schema, value, name);
}
