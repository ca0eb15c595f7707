import { useTranslations } from 'next-intl';
import type { StaffRole } from '@/generated/prisma/client';
import { checkbox, fieldHint } from '@/components/staff/ui';

export const staffRoles: StaffRole[] = ['agent', 'dpo', 'admin', 'auditor'];

interface RoleCheckboxesProps {
  /** Unique per form, so labels stay tied to their own boxes when several forms share a page. */
  idPrefix: string;
  checked: readonly string[];
  invalid?: boolean;
  describedById?: string;
}

/** The four roles with what each may do, so least privilege is chosen knowingly. */
export function RoleCheckboxes({ idPrefix, checked, invalid, describedById }: RoleCheckboxesProps) {
  const t = useTranslations('admin.staff.roleDescriptions');
  return (
    <ul className="mt-2 space-y-2">
      {staffRoles.map((role) => (
        <li key={role} className="flex gap-2.5">
          <input
            id={`${idPrefix}-${role}`}
            type="checkbox"
            name="roles"
            value={role}
            defaultChecked={checked.includes(role)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedById}
            className={checkbox}
          />
          <label htmlFor={`${idPrefix}-${role}`} className={`${fieldHint} mt-0 text-slate-800`}>
            {t(role)}
          </label>
        </li>
      ))}
    </ul>
  );
}
