import type { StaffRole } from '@/generated/prisma/client';
import { SkipLink } from '@/components/skip-link';
import { StaffHeader } from '@/components/staff/staff-header';
import type { StaffNavItem } from '@/components/staff/staff-nav';

interface ComplianceShellProps {
  name: string;
  roles: StaffRole[];
  /** The back office's sections this staff member may use (lib/staff/navigation.ts). */
  navItems: StaffNavItem[];
  home: string;
  children: React.ReactNode;
}

/** The back-office chrome around the accountability views (dashboard, audit log, call access history). */
export function ComplianceShell({ name, roles, navItems, home, children }: ComplianceShellProps) {
  return (
    <div className="flex min-h-screen flex-col bg-slate-100">
      <SkipLink />
      <StaffHeader name={name} roles={roles} home={home} navItems={navItems} />
      <main id="main" tabIndex={-1} className="flex-1 pb-12 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
