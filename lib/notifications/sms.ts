import 'server-only';
import { getConfig } from '@/lib/config';
import { logger } from '@/lib/logger';
import { rememberDemoMessage } from './demo-inbox';

export interface SmsMessage {
  to: string;
  text: string;
}

export class SmsDeliveryError extends Error {
  override name = 'SmsDeliveryError';
}

const attempts = 3;
const attemptTimeoutMs = 2_500;

/** `http`: posts `{ to, text }` as JSON, the shape most SMS gateways accept; retried on failure. */
async function sendOverHttp(url: string, message: SmsMessage): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(attemptTimeoutMs),
      });
      if (response.ok) return;
      lastError = new Error(`gateway answered ${response.status}`);
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
  throw new SmsDeliveryError(`SMS gateway failed: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

/**
 * `console`: in demo mode the message (code included) goes to the server's output and the demo
 * inbox, clearly marked; otherwise only the fact of sending is logged, never the text.
 */
function sendToConsole(message: SmsMessage): void {
  if (getConfig().demoMode) {
    rememberDemoMessage({ ...message, at: new Date() });
    console.log(`[DEMO SMS → ${message.to}] ${message.text}`);
    return;
  }
  logger.info({ to: message.to }, 'SMS transport is console: message not delivered');
}

export async function sendSms(message: SmsMessage): Promise<void> {
  const { smsTransport, smsHttpUrl } = getConfig();
  if (smsTransport === 'http') return sendOverHttp(smsHttpUrl!, message);
  sendToConsole(message);
}
