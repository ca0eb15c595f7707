import type { StaffRole } from '@/generated/prisma/client';

/**
 * Who among staff may do what: the one place that decides it. Least privilege (rule 10):
 * an agent works requests but cannot decide erasures or rejections alone; the DPO decides,
 * extends, holds and resolves quarantined calls; an admin runs staff and settings and hears
 * no calls unless also DPO; an auditor reads everything, changes nothing and hears no calls.
 */
export const permissions = {
  'requests.view': 'See the request queue and request pages.',
  'requests.work': 'Assign, add notes, message the customer, pause the clock.',
  'requests.approve': 'Approve access, restriction and objection requests.',
  'requests.propose': 'Prepare an erasure approval or a rejection for a DPO to confirm.',
  'requests.decide': 'Approve erasures, reject, extend, and confirm proposals (four eyes).',
  'recordings.play': 'Play a call, with a stated purpose.',
  'holds.manage': 'Place and lift legal holds.',
  'quarantine.resolve': 'Erase a quarantined call, or release it with a reason.',
  'recipients.manage': 'Keep the register of recipients.',
  'staff.manage': 'Invite, deactivate and change roles of staff.',
  'settings.manage': 'Edit retention and the record of processing.',
  'audit.view': 'Read the audit log and the compliance dashboard.',
} as const;

export type Permission = keyof typeof permissions;

const grants: Record<StaffRole, Permission[]> = {
  agent: ['requests.view', 'requests.work', 'requests.approve', 'requests.propose', 'recordings.play'],
  dpo: ['requests.view', 'requests.work', 'requests.approve', 'requests.propose', 'requests.decide', 'recordings.play', 'holds.manage', 'quarantine.resolve', 'recipients.manage', 'audit.view'],
  admin: ['staff.manage', 'settings.manage', 'recipients.manage', 'audit.view'],
  auditor: ['requests.view', 'audit.view'],
};

export function can(roles: readonly StaffRole[], permission: Permission): boolean {
  return roles.some((role) => grants[role].includes(permission));
}

export function permissionsOf(roles: readonly StaffRole[]): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((permission) => can(roles, permission));
}
