'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { InviteFormState, StaffDoneKey, StaffProblemKey } from '@/components/admin/form-state';
import { requireStaff } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { changeStaffRoles, type ChangedMember, EmailTakenError, inviteStaffMember, LastAdminError, resetStaffSecondFactor, setStaffActive, unlockStaffMember } from '@/lib/staff/management';

/**
 * The staff page's actions: each checks `staff.manage` itself, parses the form with zod and
 * calls one function of lib/staff/management.ts. Row actions redirect back with what
 * happened; the invite returns its one-time password in the form's state, never in a URL.
 */

const page = '/staff/admin/staff';
const roleSchema = z.enum(['agent', 'dpo', 'admin', 'auditor']);
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const inviteSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  roles: z.array(roleSchema).min(1),
});
const rolesSchema = z.object({ staffUserId: idSchema, roles: z.array(roleSchema).min(1) });
const targetSchema = z.object({ staffUserId: idSchema });
const activeSchema = targetSchema.extend({ active: z.enum(['0', '1']) });

export async function inviteStaffAction(previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const staff = await requireStaff('staff.manage');
  const attempt = previous.attempt + 1;
  const values = { name: String(formData.get('name') ?? ''), email: String(formData.get('email') ?? '').trim(), roles: formData.getAll('roles').map(String) };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: InviteFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (fieldErrors[field]) continue;
      if (field === 'roles') fieldErrors.roles = 'roles';
      else if (!values[field as 'name' | 'email'].trim()) fieldErrors[field] = 'required';
      else fieldErrors[field] = field === 'email' ? 'email' : 'tooLong';
    }
    return { attempt, fieldErrors, values };
  }
  try {
    const { temporaryPassword } = await inviteStaffMember(staff, parsed.data);
    revalidatePath(page);
    return { attempt, fieldErrors: {}, invited: { name: parsed.data.name.trim(), email: parsed.data.email.toLowerCase(), temporaryPassword } };
  } catch (error) {
    if (error instanceof EmailTakenError) return { attempt, fieldErrors: { email: 'emailTaken' }, values };
    logger.error({ err: error }, 'staff invite failed');
    return { attempt, fieldErrors: {}, failed: true, values };
  }
}

function back(params: { done?: StaffDoneKey; problem?: StaffProblemKey; name?: string }): never {
  revalidatePath(page);
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  redirect(`${page}?${query.toString()}`);
}

/** Runs one change; the redirect happens outside the try, since redirect() works by throwing. */
async function runRowChange(change: () => Promise<ChangedMember>, done: StaffDoneKey): Promise<never> {
  let problem: StaffProblemKey | undefined;
  let name = '';
  try {
    ({ name } = await change());
  } catch (error) {
    if (error instanceof LastAdminError) problem = 'lastAdmin';
    else if (isAppError(error) && error.code === 'not_found') problem = 'notFound';
    else if (isAppError(error) && error.code === 'validation_failed') problem = 'noRole';
    else {
      logger.error({ err: error }, 'staff change failed');
      problem = 'failed';
    }
  }
  return problem ? back({ problem }) : back({ done, name });
}

export async function changeRolesAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('staff.manage');
  const parsed = rolesSchema.safeParse({ staffUserId: formData.get('staffUserId'), roles: formData.getAll('roles') });
  if (!parsed.success) back({ problem: parsed.error.issues.some((issue) => issue.path[0] === 'roles') ? 'noRole' : 'notFound' });
  await runRowChange(() => changeStaffRoles(staff, parsed.data.staffUserId, parsed.data.roles), 'rolesChanged');
}

export async function setActiveAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('staff.manage');
  const parsed = activeSchema.safeParse({ staffUserId: formData.get('staffUserId'), active: formData.get('active') });
  if (!parsed.success) back({ problem: 'notFound' });
  const active = parsed.data.active === '1';
  await runRowChange(() => setStaffActive(staff, parsed.data.staffUserId, active), active ? 'reactivated' : 'deactivated');
}

export async function resetSecondFactorAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('staff.manage');
  const parsed = targetSchema.safeParse({ staffUserId: formData.get('staffUserId') });
  if (!parsed.success) back({ problem: 'notFound' });
  await runRowChange(() => resetStaffSecondFactor(staff, parsed.data.staffUserId), 'secondFactorReset');
}

export async function unlockAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('staff.manage');
  const parsed = targetSchema.safeParse({ staffUserId: formData.get('staffUserId') });
  if (!parsed.success) back({ problem: 'notFound' });
  await runRowChange(() => unlockStaffMember(staff, parsed.data.staffUserId), 'unlocked');
}
