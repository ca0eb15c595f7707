import path from 'node:path';
import { UnreadableFileError, postMultipart, type MultipartPost, type PostResponse } from './http-post';
import type { AudioFile, RowError } from './manifest';

/**
 * The importer's client for `POST /api/v1/recordings`: what each answer means for the row,
 * and what is worth asking again. Retrying is safe because the ingest API is idempotent per
 * externalId and audio, so sending a call again after an unclear failure never stores it twice.
 */

/** RFC 9457 problem details as the portal sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: RowError[];
}

export type UploadResult =
  | { outcome: 'imported' | 'present'; status: number; id?: string }
  /** The portal said no (a 4xx other than 429): sending it again would get the same answer. */
  | { outcome: 'refused'; status?: number; problem: Problem }
  /** Still failing after every retry: the row is left for the next run. */
  | { outcome: 'failed'; status?: number; problem: Problem };

/** Something wrong for every row (the key, the URL): the import stops instead of refusing them all. */
export class PortalError extends Error {
  override name = 'PortalError';
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer Retry-After than this is capped, so one answer cannot stall the import for hours. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 60_000, maxRetryAfterMs: 5 * 60_000 };

/**
 * Exponential backoff for the n-th retry (0-based), with jitter so that parallel workers that
 * failed together do not all come back at the same instant.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Retry-After in milliseconds: either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Which answers are worth asking again: overload and server trouble, never a refusal. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export interface UploaderOptions {
  baseUrl: string;
  key: string;
  post?: (request: MultipartPost) => Promise<PostResponse>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  policy?: RetryPolicy;
}

export interface RetryNotice {
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  reason: string;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // not JSON; the caller falls back
  }
  return undefined;
}

function readProblem(response: PostResponse): Problem {
  // A proxy's HTML error page is no problem+json, but its first words are still the best detail there is.
  return (
    (jsonObject(response.body) as Problem | undefined) ?? {
      status: response.status,
      detail: response.body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200) || `HTTP ${response.status}`,
    }
  );
}

const networkErrorDetail = (error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
};

export function createUploader(options: UploaderOptions) {
  const post = options.post ?? postMultipart;
  const sleep = options.sleep ?? sleepFor;
  const policy = options.policy ?? defaultRetryPolicy;
  const endpoint = new URL('api/v1/recordings', options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const headers = { authorization: `Bearer ${options.key}`, 'user-agent': 'wglad-import-archive', accept: 'application/json' };

  /** `onRetry` hears of each retry, so that an operator watching a slow run sees why. */
  return async function upload(metadata: Record<string, unknown>, audio: AudioFile, onRetry?: (notice: RetryNotice) => void): Promise<UploadResult> {
    const request: MultipartPost = { url: endpoint, headers, metadataJson: JSON.stringify(metadata), audio: { path: audio.path, contentType: audio.contentType, filename: path.basename(audio.path) } };
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      let failure: UploadResult & { outcome: 'failed' };
      let retryAfter: number | undefined;
      try {
        const response = await post(request);
        if (response.status === 200 || response.status === 201) {
          const id = jsonObject(response.body)?.id;
          return { outcome: response.status === 200 ? 'present' : 'imported', status: response.status, id: typeof id === 'string' ? id : undefined };
        }
        if (response.status === 401) throw new PortalError('the portal refused the ingest key (401); check --key or INGEST_API_KEY');
        // node:http does not follow redirects, and a POST must not be turned into a GET anyway.
        if (response.status >= 300 && response.status < 400) {
          throw new PortalError(`the portal redirects ${endpoint.href} to ${response.header('location') ?? 'elsewhere'}; use that address as --url`);
        }
        const problem = readProblem(response);
        if (!isRetryableStatus(response.status)) return { outcome: 'refused', status: response.status, problem };
        failure = { outcome: 'failed', status: response.status, problem };
        retryAfter = parseRetryAfter(response.header('retry-after'));
      } catch (error) {
        if (error instanceof PortalError) throw error;
        // The file went away or became unreadable after the manifest was checked.
        if (error instanceof UnreadableFileError) return { outcome: 'refused', problem: { detail: error.message, errors: [{ field: 'file', message: 'cannot be read' }] } };
        failure = { outcome: 'failed', problem: { detail: `network error: ${networkErrorDetail(error)}` } };
      }
      if (attemptNumber >= policy.maxAttempts) return failure;
      const delayMs = retryAfter !== undefined ? Math.min(retryAfter, policy.maxRetryAfterMs) : backoffDelayMs(attemptNumber - 1, policy, options.random);
      onRetry?.({ attempt: attemptNumber, maxAttempts: policy.maxAttempts, delayMs, reason: failure.status ? `HTTP ${failure.status}` : failure.problem.detail! });
      await sleep(delayMs);
    }
  };
}

/** Before the first upload: is the portal there at all? One clear message beats a retry storm. */
export async function checkPortal(baseUrl: string, doFetch: typeof fetch = fetch): Promise<void> {
  const url = new URL('api/v1/health', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  let response: Response;
  try {
    response = await doFetch(url, { redirect: 'manual' });
  } catch (error) {
    throw new PortalError(`cannot reach the portal at ${baseUrl} (${networkErrorDetail(error)})`);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const down = Object.entries(body)
      .filter(([name, value]) => name !== 'status' && value !== 'ok')
      .map(([name]) => name);
    throw new PortalError(`the portal at ${baseUrl} is not ready (health check answered ${response.status}${down.length ? `, ${down.join(' and ')} down` : ''})`);
  }
}
