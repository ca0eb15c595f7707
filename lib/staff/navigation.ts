import type { StaffRole } from '@/generated/prisma/client';
import { can } from './policy';

/** The back-office sections a role may open, in menu order; the first is where that role starts. */
export type StaffSection = 'queue' | 'quarantine' | 'dashboard' | 'audit' | 'admin';

const sections: { key: StaffSection; href: string; allowed: (roles: readonly StaffRole[]) => boolean }[] = [
  { key: 'queue', href: '/staff/requests', allowed: (roles) => can(roles, 'requests.view') },
  { key: 'quarantine', href: '/staff/quarantine', allowed: (roles) => can(roles, 'quarantine.resolve') },
  { key: 'dashboard', href: '/staff/dashboard', allowed: (roles) => can(roles, 'audit.view') },
  { key: 'audit', href: '/staff/audit', allowed: (roles) => can(roles, 'audit.view') },
  { key: 'admin', href: '/staff/admin/staff', allowed: (roles) => can(roles, 'staff.manage') },
];

export function staffNavItemsFor(roles: readonly StaffRole[]): { key: StaffSection; href: string }[] {
  return sections.filter((section) => section.allowed(roles)).map(({ key, href }) => ({ key, href }));
}

export function staffHomeFor(roles: readonly StaffRole[]): string | null {
  return staffNavItemsFor(roles)[0]?.href ?? null;
}
