import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import busboy from 'busboy';
import { afterAll, describe, expect, it } from 'vitest';
import { UnreadableFileError, postMultipart, type MultipartPost } from './http-post';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wglad-http-post-'));
const audioPath = path.join(folder, 'nagranie "1".wav');
const audioBytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
fs.writeFileSync(audioPath, audioBytes);

interface ReceivedUpload {
  fields: Record<string, string>;
  files: { name: string; filename?: string; mimeType: string; bytes: Buffer }[];
  contentLength?: string;
  bodyBytes: number;
}

/** Reads the upload the way the portal does (busboy), so both sides agree on the format. */
function receivingServer() {
  const received: ReceivedUpload[] = [];
  const server = http.createServer((request, response) => {
    const upload: ReceivedUpload = { fields: {}, files: [], contentLength: request.headers['content-length'], bodyBytes: 0 };
    request.on('data', (chunk: Buffer) => (upload.bodyBytes += chunk.length));
    const parser = busboy({ headers: request.headers });
    parser.on('field', (name, value) => (upload.fields[name] = value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => upload.files.push({ name, filename: info.filename, mimeType: info.mimeType, bytes: Buffer.concat(chunks) }));
    });
    parser.on('close', () => {
      received.push(upload);
      response.writeHead(201, { 'content-type': 'application/json', 'x-test': 'yes' }).end('{"id":"rec-1"}');
    });
    request.pipe(parser);
  });
  return { server, received };
}

async function listen(server: http.Server): Promise<URL> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/recordings`);
}

const servers: http.Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

const post = (url: URL, overrides: Partial<MultipartPost['audio']> = {}) =>
  postMultipart({
    url,
    headers: { authorization: 'Bearer k' },
    metadataJson: JSON.stringify({ externalId: 'archive-1', agentName: 'Zespół "Obsługa"' }),
    audio: { path: audioPath, contentType: 'audio/wav', filename: path.basename(audioPath), ...overrides },
  });

describe('postMultipart', () => {
  it('sends the metadata field and the whole audio file as multipart/form-data with an exact length', async () => {
    const { server, received } = receivingServer();
    servers.push(server);
    const response = await post(await listen(server));
    expect([response.status, response.body, response.header('x-test')]).toEqual([201, '{"id":"rec-1"}', 'yes']);
    const [upload] = received;
    expect(JSON.parse(upload!.fields.metadata!)).toEqual({ externalId: 'archive-1', agentName: 'Zespół "Obsługa"' });
    expect(upload!.files).toHaveLength(1);
    expect(upload!.files[0]).toMatchObject({ name: 'audio', filename: 'nagranie %221%22.wav', mimeType: 'audio/wav' });
    expect(upload!.files[0]!.bytes.equals(audioBytes)).toBe(true);
    expect(Number(upload!.contentLength)).toBe(upload!.bodyBytes);
  });

  it('takes an answer the portal gives before reading the body, and stops sending', async () => {
    // As the portal answers a declared content-length over its limit: at once, unread.
    const server = http.createServer((_request, response) => {
      response.writeHead(413, { 'content-type': 'application/problem+json' }).end('{"status":413}');
    });
    servers.push(server);
    const bigPath = path.join(folder, 'big.wav');
    fs.writeFileSync(bigPath, Buffer.alloc(20 * 1024 * 1024));
    const response = await post(await listen(server), { path: bigPath });
    expect([response.status, response.body]).toEqual([413, '{"status":413}']);
  });

  it('tells a file that cannot be read apart from a network error', async () => {
    await expect(post(new URL('http://127.0.0.1:9/'), { path: path.join(folder, 'gone.wav') })).rejects.toThrow(UnreadableFileError);
    const closed = http.createServer();
    const url = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const error = await post(url).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(UnreadableFileError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
  });
});
