import 'server-only';
import { cookies } from 'next/headers';
import { endSession } from './sessions';

/**
 * Sign-out for a browser: revokes the session row (what really ends it) and expires the
 * next-auth cookie that pointed at it, so the browser forgets it too.
 */
export async function signOutBrowserSession(sessionId: string): Promise<void> {
  await endSession(sessionId);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!/next-auth\.session-token/.test(name)) continue;
    const secure = name.startsWith('__Secure-') || name.startsWith('__Host-');
    jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure });
  }
}
