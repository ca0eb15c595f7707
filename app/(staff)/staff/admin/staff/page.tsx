import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { staffDoneKeys, staffProblemKeys } from '@/components/admin/form-state';
import { InviteForm } from '@/components/admin/invite-form';
import { StaffRowActions } from '@/components/admin/staff-row-actions';
import { Badge } from '@/components/staff/badge';
import { formatShortDateTime } from '@/components/staff/dates';
import { FlashMessage } from '@/components/staff/flash-message';
import { card, container, lawNote, pageTitle, sectionTitle, table, td, th } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { listStaffMembers } from '@/lib/staff/management';
import { changeRolesAction, inviteStaffAction, resetSecondFactorAction, setActiveAction, unlockAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.staff'))('title') };
}

const flashSchema = z.object({
  done: z.enum(staffDoneKeys).optional().catch(undefined),
  problem: z.enum(staffProblemKeys).optional().catch(undefined),
  name: z.string().max(200).optional().catch(undefined),
});

export default async function StaffAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireStaff('staff.manage');
  const [t, roles, format, members, flash] = await Promise.all([
    getTranslations('admin.staff'),
    getTranslations('staffNav.roles'),
    getFormatter(),
    listStaffMembers(),
    searchParams.then((params) => flashSchema.parse(params)),
  ]);
  const rowActions = { changeRoles: changeRolesAction, setActive: setActiveAction, resetSecondFactor: resetSecondFactorAction, unlock: unlockAction };

  return (
    <div className={`${container} space-y-6 pt-5`}>
      <header className="max-w-3xl">
        <h1 className={pageTitle}>{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
        <p className={`mt-1 ${lawNote}`}>{t('law')}</p>
      </header>

      {flash.problem ? (
        <FlashMessage tone="error">
          <p>{t(`problem.${flash.problem}`)}</p>
        </FlashMessage>
      ) : flash.done ? (
        <FlashMessage>
          <p>{t(`done.${flash.done}`, { name: flash.name ?? '' })}</p>
        </FlashMessage>
      ) : null}

      <section aria-labelledby="members-title" className={card}>
        <h2 id="members-title" className={sectionTitle}>
          {t('tableCaption')}
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className={table}>
            <thead>
              <tr>
                <th scope="col" className={th}>{t('columns.member')}</th>
                <th scope="col" className={th}>{t('columns.roles')}</th>
                <th scope="col" className={th}>{t('columns.status')}</th>
                <th scope="col" className={th}>{t('columns.secondFactor')}</th>
                <th scope="col" className={th}>{t('columns.lock')}</th>
                <th scope="col" className={th}>{t('columns.lastSignIn')}</th>
                <th scope="col" className={th}>{t('columns.manage')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id} className={member.active ? undefined : 'bg-slate-50'}>
                  <th scope="row" className={`${td} font-normal`}>
                    <span className="block font-semibold text-slate-900">
                      {member.name}
                      {member.id === me.staffUserId ? <span className="font-normal text-slate-600"> ({t('you')})</span> : null}
                    </span>
                    <span className="block break-all text-slate-700">{member.email}</span>
                  </th>
                  <td className={td}>{member.roles.map((role) => roles(role)).join(', ')}</td>
                  <td className={td}>
                    <Badge tone={member.active ? 'green' : 'slate'}>{member.active ? t('active') : t('inactive')}</Badge>
                  </td>
                  <td className={td}>
                    <Badge tone={member.secondFactorEnrolled ? 'green' : 'amber'}>{member.secondFactorEnrolled ? t('enrolled') : t('notEnrolled')}</Badge>
                  </td>
                  <td className={td}>
                    {member.lockedUntil ? <Badge tone="red">{t('lockedUntil', { time: formatShortDateTime(format, member.lockedUntil) })}</Badge> : t('notLocked')}
                  </td>
                  <td className={`${td} whitespace-nowrap`}>{member.lastSignInAt ? formatShortDateTime(format, member.lastSignInAt) : t('never')}</td>
                  <td className={td}>
                    <StaffRowActions member={member} actions={rowActions} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="invite-title" className={`${card} max-w-3xl`}>
        <h2 id="invite-title" className={sectionTitle}>
          {t('invite.title')}
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-700">{t('invite.intro')}</p>
        <InviteForm action={inviteStaffAction} />
      </section>
    </div>
  );
}
