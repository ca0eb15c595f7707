import { redirect } from 'next/navigation';
import { requireStaff } from '@/lib/auth';

/** /staff/admin: staff is the first section. */
export default async function AdminHome() {
  await requireStaff('staff.manage');
  redirect('/staff/admin/staff');
}
