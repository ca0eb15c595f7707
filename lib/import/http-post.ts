import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';

/**
 * One multipart/form-data POST (a `metadata` field and an `audio` file) streamed from disk
 * with node:http. Not fetch: undici's fetch reads a request body into memory as fast as the
 * disk gives it, whatever the body is (FormData with fs.openAsBlob included; nodejs/undici
 * #4058), so a 500 MB call would cost 500 MB of memory per worker. Here the socket's
 * backpressure paces the file reads, and memory stays flat whatever the file size.
 */

export interface MultipartPost {
  url: URL;
  headers: Record<string, string>;
  metadataJson: string;
  audio: { path: string; contentType: string; filename: string };
}

export interface PostResponse {
  status: number;
  /** A response header by lower-case name. */
  header(name: string): string | undefined;
  body: string;
}

/** The audio file could not be opened: the row's problem, not the network's. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

// Connections are reused across uploads; idle ones do not keep the process alive.
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** A socket with no traffic this long is given up, and the upload counts as a network error. */
const idleTimeoutMs = 5 * 60_000;

/** Long enough for any problem+json; a proxy's endless error page is cut off. */
const maxResponseBytes = 1024 * 1024;

/** As browsers and undici write a quoted filename: only `"` and line breaks need escaping. */
const quoteFilename = (name: string) => name.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

export async function postMultipart(request: MultipartPost): Promise<PostResponse> {
  let file: fs.FileHandle;
  let size: number;
  try {
    file = await fs.open(request.audio.path, 'r');
    size = (await file.stat()).size;
  } catch (error) {
    throw new UnreadableFileError(`cannot read ${request.audio.path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }

  const boundary = `----wglad-import-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${request.metadataJson}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="audio"; filename="${quoteFilename(request.audio.filename)}"\r\n` +
      `Content-Type: ${request.audio.contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);

  try {
    return await new Promise<PostResponse>((resolve, reject) => {
      const client = request.url.protocol === 'https:' ? https : http;
      const outgoing = client.request(request.url, {
        method: 'POST',
        agent: agents[request.url.protocol as keyof typeof agents],
        headers: { ...request.headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
      });
      let failure: Error | undefined;
      let responded = false;
      // A portal may answer before it has read the whole body (a refused key, a body too
      // large) and close the connection; that answer counts, not the write error it causes.
      outgoing.on('response', (response) => {
        responded = true;
        const chunks: Buffer[] = [];
        let length = 0;
        response.on('data', (chunk: Buffer) => {
          if (length < maxResponseBytes) chunks.push(chunk);
          length += chunk.length;
        });
        response.on('close', () => {
          // Answered early: the rest of the file would only be thrown away.
          if (!outgoing.writableFinished) outgoing.destroy();
          resolve({ status: response.statusCode ?? 0, header: (name) => [response.headers[name]].flat()[0], body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      outgoing.on('error', (error) => (failure ??= error));
      outgoing.on('close', () => {
        if (!responded) reject(failure ?? new Error('the connection closed before the portal answered'));
      });
      outgoing.setTimeout(idleTimeoutMs, () => outgoing.destroy(new Error(`no traffic for ${idleTimeoutMs / 60_000} minutes`)));

      async function* body() {
        yield head;
        // Exactly the bytes announced in content-length, even if the file grows meanwhile.
        if (size > 0) yield* file.createReadStream({ autoClose: false, start: 0, end: size - 1 });
        yield tail;
      }
      pipeline(body(), outgoing).catch((error: Error) => (failure ??= error));
    });
  } finally {
    await file.close();
  }
}
