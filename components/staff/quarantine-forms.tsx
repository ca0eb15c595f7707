'use client';

import { useTranslations } from 'next-intl';
import { Disclosure } from './disclosure';
import type { StaffFormAction } from './form-state';
import { describedBy, FieldError, FormError, SubmitButton, TextAreaField, useStaffForm } from './form-parts';
import { checkbox, dangerButton, primaryButton } from './ui';

/** Irreversible, so it is opened on purpose and confirmed with a tick before the button erases. */
export function EraseQuarantinedForm({ recordingId, action }: { recordingId: string; action: StaffFormAction }) {
  const t = useTranslations('quarantine.erase');
  const { state, formAction, ref } = useStaffForm(action);
  const id = `confirm-${recordingId}`;
  const error = state.fieldErrors.confirmed;
  return (
    <Disclosure summary={t('summary')} tone="danger">
      <form ref={ref} action={formAction} noValidate className="space-y-3">
        <input type="hidden" name="recordingId" value={recordingId} />
        <FormError state={state} />
        <p id={`${id}-warning`} className="text-sm text-red-950">
          {t('warning')}
        </p>
        <div>
          <label htmlFor={id} className="flex items-start gap-2 text-sm text-slate-900">
            <input id={id} name="confirmed" type="checkbox" value="1" aria-invalid={Boolean(error)} aria-describedby={describedBy(id, { error: Boolean(error), extra: `${id}-warning` })} className={checkbox} />
            {t('confirm')}
          </label>
          <FieldError id={id} error={error} />
        </div>
        <SubmitButton className={dangerButton} pendingLabel={t('pending')}>
          {t('submit')}
        </SubmitButton>
      </form>
    </Disclosure>
  );
}

/** Back into the customer's calls, with the reason for the audit log. */
export function ReleaseQuarantinedForm({ recordingId, action }: { recordingId: string; action: StaffFormAction }) {
  const t = useTranslations('quarantine.release');
  const { state, formAction, ref } = useStaffForm(action);
  return (
    <Disclosure summary={t('summary')}>
      <form ref={ref} action={formAction} noValidate className="space-y-3">
        <input type="hidden" name="recordingId" value={recordingId} />
        <FormError state={state} />
        <TextAreaField id={`release-${recordingId}`} name="reason" label={t('reason')} hint={t('hint')} error={state.fieldErrors.reason} defaultValue={state.values?.reason} rows={2} maxLength={500} />
        <SubmitButton className={primaryButton}>{t('submit')}</SubmitButton>
      </form>
    </Disclosure>
  );
}
