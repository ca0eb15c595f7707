import { StaffHeader } from '@/components/staff/staff-header';
import { staffHomeFor, staffNavItemsFor } from '@/lib/staff/navigation';
import type { StaffNavItem } from '@/components/staff/staff-nav';
import { SkipLink } from '@/components/skip-link';
import { requireStaff } from '@/lib/auth';

/**
 * The back office's chrome. This guard is the first of two: every page and server action
 * below calls requireStaff() again, so none depends on this layout for its safety.
 * Every page here is desk work (the queue, a request, quarantined calls), hence
 * `requests.view`; each page also demands its own permission.
 */
export default async function StaffDeskLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff('requests.view');
  // Only sections that exist and that this staff member may use (Audit and Admin come later).
  const navItems: StaffNavItem[] = staffNavItemsFor(staff.roles);
  return (
    <div className="flex min-h-screen flex-col bg-slate-100">
      <SkipLink />
      <StaffHeader name={staff.name} roles={staff.roles} home={staffHomeFor(staff.roles) ?? '/staff/requests'} navItems={navItems} />
      <main id="main" tabIndex={-1} className="flex-1 pb-12 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
