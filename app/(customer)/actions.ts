'use server';

import { redirect } from 'next/navigation';
import { requireCustomer } from '@/lib/auth';
import { signOutBrowserSession } from '@/lib/identity/sign-out';

/** Sign-out as a plain form post (works without JavaScript). */
export async function signOutAction(): Promise<void> {
  const session = await requireCustomer();
  await signOutBrowserSession(session.sessionId);
  redirect('/');
}
