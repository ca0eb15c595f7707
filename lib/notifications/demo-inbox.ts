import 'server-only';

/**
 * Demo mode only: the text messages the console transport "sent", kept in this process's
 * memory so the demo inbox page can show them. Nothing is kept outside demo mode.
 */
export interface DemoMessage {
  to: string;
  text: string;
  at: Date;
}

const holder = globalThis as typeof globalThis & { __wgladDemoInbox?: DemoMessage[] };
const capacity = 50;

export function rememberDemoMessage(message: DemoMessage): void {
  holder.__wgladDemoInbox ??= [];
  holder.__wgladDemoInbox.unshift(message);
  holder.__wgladDemoInbox.length = Math.min(holder.__wgladDemoInbox.length, capacity);
}

export function listDemoMessages(): DemoMessage[] {
  return [...(holder.__wgladDemoInbox ?? [])];
}
