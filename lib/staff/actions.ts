'use server';

import { redirect } from 'next/navigation';
import { currentStaff } from '@/lib/auth';
import { signOutBrowserSession } from '@/lib/identity/sign-out';

/** Staff sign-out as a plain form post: the session row is revoked server-side. */
export async function signOutStaffAction(): Promise<void> {
  const staff = await currentStaff();
  if (staff) await signOutBrowserSession(staff.sessionId);
  redirect('/staff/sign-in?signedOut=1');
}
