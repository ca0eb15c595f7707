'use client';

import { useTranslations } from 'next-intl';
import type { StaffFormAction } from './form-state';
import { describedBy, FieldError, FormError, SubmitButton, TextAreaField, useStaffForm } from './form-parts';
import { fieldHint, fieldLabel, input, primaryButton, secondaryButton } from './ui';

/** A legal hold (Art. 17(3)(e)): the call is kept, whatever an erasure or the retention period would do. */
export function PlaceHoldForm({ requestId, recordingId, action }: { requestId: string; recordingId: string; action: StaffFormAction }) {
  const t = useTranslations('staffRequest.hold');
  const { state, formAction, ref } = useStaffForm(action);
  const endsError = state.fieldErrors.endsOn;
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="recordingId" value={recordingId} />
      <FormError state={state} />
      <TextAreaField id="hold-reason" name="reason" label={t('reason')} hint={t('reasonHint')} error={state.fieldErrors.reason} defaultValue={state.values?.reason} rows={2} />
      <div>
        <label htmlFor="endsOn" className={fieldLabel}>
          {t('endsOn')}
        </label>
        <p id="endsOn-hint" className={fieldHint}>
          {t('endsOnHint')}
        </p>
        <input
          id="endsOn"
          name="endsOn"
          type="date"
          defaultValue={state.values?.endsOn}
          aria-invalid={Boolean(endsError)}
          aria-describedby={describedBy('endsOn', { hint: true, error: Boolean(endsError) })}
          className={`${input} max-w-48`}
        />
        <FieldError id="endsOn" error={endsError} />
      </div>
      <SubmitButton className={primaryButton}>{t('place')}</SubmitButton>
    </form>
  );
}

export function LiftHoldForm({ requestId, recordingId, action }: { requestId: string; recordingId: string; action: StaffFormAction }) {
  const t = useTranslations('staffRequest.hold');
  const { state, formAction, ref } = useStaffForm(action);
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="recordingId" value={recordingId} />
      <FormError state={state} />
      <TextAreaField id="lift-reason" name="reason" label={t('liftReason')} hint={t('liftReasonHint')} error={state.fieldErrors.reason} defaultValue={state.values?.reason} rows={2} />
      <SubmitButton className={secondaryButton}>{t('lift')}</SubmitButton>
    </form>
  );
}
