'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireCustomer } from '@/lib/auth';
import { endCustomerSession } from '@/lib/identity/sessions';

/**
 * Sign-out as a plain form post (works without JavaScript): the session row is revoked
 * server-side, which is what ends the session whatever happens to the cookie, and the
 * next-auth cookie that pointed at it is expired too.
 */
export async function signOutAction(): Promise<void> {
  const session = await requireCustomer();
  await endCustomerSession(session.sessionId);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!/next-auth\.session-token/.test(name)) continue;
    const secure = name.startsWith('__Secure-') || name.startsWith('__Host-');
    jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure });
  }
  redirect('/');
}
