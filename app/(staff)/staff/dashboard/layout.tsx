import { ComplianceShell } from '@/components/compliance/compliance-shell';
import { staffHomeFor, staffNavItemsFor } from '@/lib/staff/navigation';
import type { StaffNavItem } from '@/components/staff/staff-nav';
import { requireStaff } from '@/lib/auth';

/**
 * The accountability views' chrome (auditor, DPO, admin). The first of two guards: every page
 * and action below calls requireStaff('audit.view') again.
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireStaff('audit.view');
  const navItems: StaffNavItem[] = staffNavItemsFor(staff.roles);
  return (
    <ComplianceShell name={staff.name} roles={staff.roles} navItems={navItems} home={staffHomeFor(staff.roles) ?? '/staff/sign-in'}>
      {children}
    </ComplianceShell>
  );
}
