import { AdminNav } from '@/components/admin/admin-nav';
import { staffHomeFor, staffNavItemsFor } from '@/lib/staff/navigation';
import { SkipLink } from '@/components/skip-link';
import { StaffHeader } from '@/components/staff/staff-header';
import type { StaffNavItem } from '@/components/staff/staff-nav';
import { container } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';

/**
 * The administration's chrome, for admins only. The first of two guards: every page and
 * server action below calls requireStaff() again.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff('staff.manage');
  const navItems: StaffNavItem[] = staffNavItemsFor(staff.roles);
  return (
    <div className="flex min-h-screen flex-col bg-slate-100">
      <SkipLink />
      <StaffHeader name={staff.name} roles={staff.roles} home={staffHomeFor(staff.roles) ?? '/staff/sign-in'} navItems={navItems} />
      <div className={`${container} pt-5`}>
        <AdminNav />
      </div>
      <main id="main" tabIndex={-1} className="flex-1 pb-12 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
