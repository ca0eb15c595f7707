'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Notice } from '@/components/notice';
import { fieldHint, fieldLabel, input, primaryButton } from '@/components/staff/ui';
import { AdminFieldErrorText, describedBy, PendingButton, useFocusAfterAttempt } from './form-parts';
import { initialAdminFormState, type AdminFormAction, type InviteFormState } from './form-state';
import { RoleCheckboxes } from './role-checkboxes';

/** A new staff member: the temporary password comes back once, in this form's state only. */
export function InviteForm({ action }: { action: AdminFormAction<InviteFormState> }) {
  const t = useTranslations('admin.staff');
  const [state, formAction] = useActionState(action, initialAdminFormState as InviteFormState);
  const ref = useFocusAfterAttempt(state.attempt);
  const { fieldErrors: errors, values } = state;
  const text = (name: string) => (typeof values?.[name] === 'string' ? (values[name] as string) : undefined);
  const checkedRoles = Array.isArray(values?.roles) ? values.roles : ['agent'];
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-4">
      {state.failed ? (
        <div data-focus-after-attempt tabIndex={-1} className="rounded-lg focus:outline-none">
          <Notice size="compact" tone="error" role="alert">
            <p>{t('problem.failed')}</p>
          </Notice>
        </div>
      ) : null}
      {state.invited ? (
        <div data-focus-after-attempt tabIndex={-1} className="rounded-lg">
          <Notice size="compact" tone="success" role="status" title={t('invite.createdTitle', { name: state.invited.name, email: state.invited.email })}>
            <p className="font-semibold">{t('invite.passwordLabel')}</p>
            <p>
              <code className="inline-block rounded-md border border-emerald-300 bg-white px-2.5 py-1 font-mono text-base tracking-wider text-slate-900 select-all">
                {state.invited.temporaryPassword}
              </code>
            </p>
            <p>{t('invite.passwordNote')}</p>
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="invite-name" className={fieldLabel}>
            {t('invite.name')}
          </label>
          <input
            id="invite-name"
            name="name"
            autoComplete="off"
            maxLength={200}
            defaultValue={text('name')}
            aria-invalid={Boolean(errors.name)}
            aria-describedby={describedBy('invite-name', { error: Boolean(errors.name) })}
            className={input}
          />
          <AdminFieldErrorText id="invite-name" error={errors.name} />
        </div>
        <div>
          <label htmlFor="invite-email" className={fieldLabel}>
            {t('invite.email')}
          </label>
          <p id="invite-email-hint" className={fieldHint}>
            {t('invite.emailHint')}
          </p>
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={320}
            defaultValue={text('email')}
            aria-invalid={Boolean(errors.email)}
            aria-describedby={describedBy('invite-email', { hint: true, error: Boolean(errors.email) })}
            className={input}
          />
          <AdminFieldErrorText id="invite-email" error={errors.email} />
        </div>
      </div>
      <fieldset>
        <legend className={fieldLabel}>{t('rolesLegend')}</legend>
        <p id="invite-roles-hint" className={fieldHint}>
          {t('rolesHint')}
        </p>
        <RoleCheckboxes
          idPrefix="invite-role"
          checked={checkedRoles}
          invalid={Boolean(errors.roles)}
          describedById={describedBy('invite-roles', { hint: true, error: Boolean(errors.roles) })}
        />
        <AdminFieldErrorText id="invite-roles" error={errors.roles} />
      </fieldset>
      <PendingButton className={primaryButton} pendingLabel={t('invite.sending')}>
        {t('invite.submit')}
      </PendingButton>
    </form>
  );
}
