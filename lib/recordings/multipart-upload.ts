import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { fieldErrorsFromZod } from '@/lib/http/problem';
import { ingestRecording, type IngestResult } from './ingest';
import { recordingMetadataSchema, type RecordingMetadata } from './schema';

/** Room for the metadata part (a long transcript) on top of the audio size limit. */
const metadataAllowanceBytes = 8 * 1024 * 1024;

function parseMetadata(raw: string): RecordingMetadata {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('validation_failed', 'metadata is not JSON', { fieldErrors: [{ field: 'metadata', message: 'is not valid JSON' }] });
  }
  const parsed = recordingMetadataSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('validation_failed', 'metadata does not validate', {
      fieldErrors: fieldErrorsFromZod(parsed.error).map((error) => ({ ...error, field: `metadata.${error.field}` })),
    });
  }
  return parsed.data;
}

/**
 * Reads `POST /recordings` (multipart: `audio` and `metadata`) as a stream: the audio part goes
 * straight into encrypted storage while it arrives, in whichever order the parts come, and
 * the metadata decides at the end whether the call is kept.
 */
export function ingestMultipartRecording(request: Request, actorId: string): Promise<IngestResult> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new AppError('unsupported_media_type', `content-type ${contentType}`, { fieldErrors: [{ field: '(body)', message: 'must be multipart/form-data with parts audio and metadata' }] });
  }
  const { maxUploadBytes } = getConfig();
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes + metadataAllowanceBytes) {
    throw new AppError('payload_too_large', 'declared content-length over the limit');
  }
  if (!request.body) throw new AppError('validation_failed', 'no body', { fieldErrors: [{ field: '(body)', message: 'is empty' }] });

  return new Promise<IngestResult>((resolve, reject) => {
    let settleMetadata: { resolve: (value: RecordingMetadata) => void; reject: (error: unknown) => void } | undefined;
    const metadata = new Promise<RecordingMetadata>((resolveMetadata, rejectMetadata) => {
      settleMetadata = { resolve: resolveMetadata, reject: rejectMetadata };
    });
    metadata.catch(() => undefined); // surfaced through the ingestion below
    let ingestion: Promise<IngestResult> | undefined;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': contentType }, limits: { files: 1, fields: 1, parts: 2, fieldSize: metadataAllowanceBytes } });
    } catch {
      throw new AppError('validation_failed', 'unreadable multipart header', { fieldErrors: [{ field: '(body)', message: 'is not readable multipart/form-data' }] });
    }
    const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream);
    const fail = (error: unknown) => {
      body.unpipe(parser);
      body.destroy();
      reject(error);
    };

    parser.on('field', (name, value, info) => {
      if (name !== 'metadata') return;
      if (info.valueTruncated) return settleMetadata!.reject(new AppError('payload_too_large', 'metadata part too large'));
      try {
        settleMetadata!.resolve(parseMetadata(value));
      } catch (error) {
        settleMetadata!.reject(error);
      }
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'audio' || ingestion) {
        stream.resume();
        return;
      }
      ingestion = ingestRecording({ metadata, audio: stream, declaredType: info.mimeType, maxBytes: maxUploadBytes, actorId });
      ingestion.catch(fail);
    });
    parser.on('close', () => {
      settleMetadata!.reject(new AppError('validation_failed', 'metadata part missing', { fieldErrors: [{ field: 'metadata', message: 'is required' }] }));
      if (!ingestion) {
        reject(new AppError('validation_failed', 'audio part missing', { fieldErrors: [{ field: 'audio', message: 'is required' }] }));
        return;
      }
      ingestion.then(resolve, reject);
    });
    parser.on('error', () => fail(new AppError('validation_failed', 'malformed multipart body', { fieldErrors: [{ field: '(body)', message: 'is not well-formed multipart/form-data' }] })));
    body.on('error', () => fail(new AppError('validation_failed', 'request body aborted')));
    body.pipe(parser);
  });
}
