import { useTranslations } from 'next-intl';
import { Disclosure } from '@/components/staff/disclosure';
import { fieldHint, fieldLabel, smallButton } from '@/components/staff/ui';
import type { StaffListEntry } from '@/lib/staff/management';
import { RoleCheckboxes } from './role-checkboxes';

type RowAction = (formData: FormData) => Promise<void>;

export interface StaffRowActionSet {
  changeRoles: RowAction;
  setActive: RowAction;
  resetSecondFactor: RowAction;
  unlock: RowAction;
}

/**
 * The changes to one account, behind a disclosure so nobody presses them by accident. Plain
 * forms: each posts, the action redirects back with what happened, and it all works without
 * JavaScript.
 */
export function StaffRowActions({ member, actions }: { member: StaffListEntry; actions: StaffRowActionSet }) {
  const t = useTranslations('admin.staff');
  const id = `member-${member.id}`;
  return (
    <Disclosure
      summary={
        <span>
          {t('manage')}
          <span className="sr-only">: {member.name}</span>
        </span>
      }
    >
      <div className="w-72 space-y-4">
        <form action={actions.changeRoles} className="space-y-2">
          <input type="hidden" name="staffUserId" value={member.id} />
          <fieldset>
            <legend className={fieldLabel}>{t('rolesLegend')}</legend>
            <RoleCheckboxes idPrefix={`${id}-role`} checked={member.roles} />
          </fieldset>
          <button type="submit" className={smallButton}>
            {t('saveRoles')}
          </button>
        </form>
        <form action={actions.setActive} className="space-y-1 border-t border-slate-100 pt-3">
          <input type="hidden" name="staffUserId" value={member.id} />
          <input type="hidden" name="active" value={member.active ? '0' : '1'} />
          <p id={`${id}-active-hint`} className={fieldHint}>
            {member.active ? t('deactivateHint') : t('reactivateHint')}
          </p>
          <button type="submit" aria-describedby={`${id}-active-hint`} className={smallButton}>
            {member.active ? t('deactivate') : t('reactivate')}
          </button>
        </form>
        {member.secondFactorEnrolled ? (
          <form action={actions.resetSecondFactor} className="space-y-1 border-t border-slate-100 pt-3">
            <input type="hidden" name="staffUserId" value={member.id} />
            <p id={`${id}-reset-hint`} className={fieldHint}>
              {t('resetSecondFactorHint')}
            </p>
            <button type="submit" aria-describedby={`${id}-reset-hint`} className={smallButton}>
              {t('resetSecondFactor')}
            </button>
          </form>
        ) : null}
        {member.lockedUntil ? (
          <form action={actions.unlock} className="space-y-1 border-t border-slate-100 pt-3">
            <input type="hidden" name="staffUserId" value={member.id} />
            <p id={`${id}-unlock-hint`} className={fieldHint}>
              {t('unlockHint')}
            </p>
            <button type="submit" aria-describedby={`${id}-unlock-hint`} className={smallButton}>
              {t('unlock')}
            </button>
          </form>
        ) : null}
      </div>
    </Disclosure>
  );
}
