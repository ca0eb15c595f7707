import { notFound, redirect } from 'next/navigation';
import { currentStaff } from '@/lib/auth';
import { staffHomeFor } from '@/lib/staff/navigation';

/** /staff: each role starts where its work is. */
export default async function StaffHome() {
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  const home = staffHomeFor(staff.roles);
  if (!home) notFound();
  redirect(home);
}
