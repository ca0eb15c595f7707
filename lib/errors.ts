/**
 * The one error type the app throws on purpose. Each code maps to an HTTP status and to a
 * sentence in the user's language (messages `errors.<code>`); the internal message is for
 * logs only and never reaches a client.
 */
export const errorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  reverification_required: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  range_not_satisfiable: 416,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  field: string;
  message: string;
}

export interface AppErrorOptions {
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    internalMessage: string,
    options: AppErrorOptions = {},
  ) {
    super(internalMessage, { cause: options.cause });
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
