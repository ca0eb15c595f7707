import { describe, expect, it } from 'vitest';
import { can, permissions, permissionsOf, type Permission } from './policy';

/** The whole matrix, cell by cell: a change to who may do what must change this table. */
const expected: Record<Permission, { agent: boolean; dpo: boolean; admin: boolean; auditor: boolean }> = {
  'requests.view': { agent: true, dpo: true, admin: false, auditor: true },
  'requests.work': { agent: true, dpo: true, admin: false, auditor: false },
  'requests.approve': { agent: true, dpo: true, admin: false, auditor: false },
  'requests.propose': { agent: true, dpo: true, admin: false, auditor: false },
  'requests.decide': { agent: false, dpo: true, admin: false, auditor: false },
  'recordings.play': { agent: true, dpo: true, admin: false, auditor: false },
  'holds.manage': { agent: false, dpo: true, admin: false, auditor: false },
  'quarantine.resolve': { agent: false, dpo: true, admin: false, auditor: false },
  'recipients.manage': { agent: false, dpo: true, admin: true, auditor: false },
  'staff.manage': { agent: false, dpo: false, admin: true, auditor: false },
  'settings.manage': { agent: false, dpo: false, admin: true, auditor: false },
  'audit.view': { agent: false, dpo: true, admin: true, auditor: true },
};

describe('staff permission matrix', () => {
  it('covers every permission', () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(permissions).sort());
  });

  for (const [permission, roles] of Object.entries(expected) as [Permission, (typeof expected)[Permission]][]) {
    for (const [role, allowed] of Object.entries(roles) as ['agent' | 'dpo' | 'admin' | 'auditor', boolean][]) {
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can([role], permission)).toBe(allowed);
      });
    }
  }

  it('gives a bootstrap admin who is also DPO the union of both roles', () => {
    expect(permissionsOf(['admin', 'dpo'])).toEqual(expect.arrayContaining(['staff.manage', 'requests.decide', 'recordings.play']));
  });

  it('never lets an auditor change anything', () => {
    const changing: Permission[] = ['requests.work', 'requests.approve', 'requests.propose', 'requests.decide', 'holds.manage', 'quarantine.resolve', 'recipients.manage', 'staff.manage', 'settings.manage'];
    expect(changing.filter((permission) => can(['auditor'], permission))).toEqual([]);
  });
});
