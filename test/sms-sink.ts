import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in SMS gateway for the test server (SMS_TRANSPORT=http): it accepts `{ to, text }`
 * like a real gateway and lets the tests read what each phone received.
 */
export async function startSmsSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const messages: { to: string; text: string; at: string }[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sink');
    if (request.method === 'POST' && url.pathname === '/sms') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const message = JSON.parse(body) as { to: string; text: string };
        messages.push({ ...message, at: new Date().toISOString() });
        response.writeHead(202).end();
      });
      return;
    }
    if (request.method === 'GET' && url.pathname === '/messages') {
      const to = url.searchParams.get('to');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages.filter((m) => !to || m.to === to)));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
