'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { RequestType } from '@/generated/prisma/client';
import type { ErasurePreview } from '@/lib/fulfilment/erasure-preview';
import type { LegalGround } from '@/lib/requests/legal-grounds';
import type { StaffFormAction, StaffFormState } from './form-state';
import { describedBy, FieldError, FormError, SubmitButton, TextAreaField, useStaffForm } from './form-parts';
import { dangerButton, fieldHint, fieldLabel, input, primaryButton, secondaryButton, select } from './ui';

/** The reason the customer will read (rule 4), with the warning that says so; the field's description includes the warning. */
function ReasonTheCustomerReads({ kind, hint, rows, state }: { kind: 'reject' | 'extend'; hint: string; rows: number; state: StaffFormState }) {
  const t = useTranslations('staffRequest.decision');
  return (
    <>
      <p id={`${kind}-warning`} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-semibold text-amber-950">
        {t('customerReads')}
      </p>
      <TextAreaField
        id={`${kind}-reason`}
        name="reason"
        label={t('reason')}
        hint={hint}
        error={state.fieldErrors.reason}
        defaultValue={state.values?.reason}
        rows={rows}
        warningId={`${kind}-warning`}
      />
    </>
  );
}

/** The irreversible step, asked for separately: the warning takes focus, so it is read first. */
function ErasureConfirmation({ impact, confirmLabel, onCancel }: { impact: ErasurePreview; confirmLabel: string; onCancel: () => void }) {
  const t = useTranslations('staffRequest.decision');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby="erasure-warning" className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-3">
      <input type="hidden" name="erasure" value="1" />
      <input type="hidden" name="confirmed" value="1" />
      <p id="erasure-warning" className="font-semibold text-red-900">
        {impact.erasable > 0 ? t('erasureWarning', { count: impact.erasable }) : t('erasureWarningNone')}
      </p>
      {impact.kept > 0 ? <p className="text-sm text-red-950">{t('erasureKept', { count: impact.kept })}</p> : null}
      {impact.erasable > 0 && impact.recipients.length > 0 ? <p className="text-sm text-red-950">{t('erasureRecipients', { names: impact.recipients.join(', ') })}</p> : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton className={dangerButton} pendingLabel={t('erasing')}>
          {confirmLabel}
        </SubmitButton>
        <button type="button" onClick={onCancel} className={secondaryButton}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

interface ApproveFormProps {
  requestId: string;
  action: StaffFormAction;
  type: RequestType;
  /** An agent's erasure approval waits for a DPO (four eyes). */
  mode: 'approve' | 'propose';
  impact: ErasurePreview;
}

export function ApproveForm({ requestId, action, type, mode, impact }: ApproveFormProps) {
  const t = useTranslations('staffRequest.decision');
  const { state, formAction, ref } = useStaffForm(action);
  const [confirming, setConfirming] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const irreversible = type === 'erasure' && mode === 'approve';

  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <FormError state={state} />
      <p className="text-sm text-slate-700">{mode === 'propose' ? t(`proposeEffect.${type === 'erasure' ? 'erasure' : 'other'}`) : t(`approveEffect.${type}`)}</p>
      {state.fieldErrors.confirmed ? <FieldError id="confirmed" error={state.fieldErrors.confirmed} /> : null}
      {irreversible ? (
        confirming ? (
          <ErasureConfirmation
            impact={impact}
            confirmLabel={impact.erasable > 0 ? t('erasureConfirm', { count: impact.erasable }) : t('erasureConfirmNone')}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => openButton.current?.focus());
            }}
          />
        ) : (
          <button ref={openButton} type="button" onClick={() => setConfirming(true)} className={primaryButton}>
            {t('approve.erasure')}
          </button>
        )
      ) : (
        <SubmitButton className={primaryButton}>{mode === 'propose' ? t('proposeApprove') : t(`approve.${type}`)}</SubmitButton>
      )}
    </form>
  );
}

interface RejectFormProps {
  requestId: string;
  action: StaffFormAction;
  mode: 'reject' | 'propose';
  grounds: { value: LegalGround; label: string }[];
}

/** A refusal names its legal ground and its reasons; the customer reads both (rule 4). */
export function RejectForm({ requestId, action, mode, grounds }: RejectFormProps) {
  const t = useTranslations('staffRequest.decision');
  const { state, formAction, ref } = useStaffForm(action);
  const groundError = state.fieldErrors.legalGround;
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <FormError state={state} />
      <div>
        <label htmlFor="legalGround" className={fieldLabel}>
          {t('legalGround')}
        </label>
        <select
          id="legalGround"
          name="legalGround"
          defaultValue={state.values?.legalGround ?? ''}
          aria-invalid={Boolean(groundError)}
          aria-describedby={describedBy('legalGround', { error: Boolean(groundError) })}
          className={select}
        >
          <option value="">{t('chooseGround')}</option>
          {grounds.map((ground) => (
            <option key={ground.value} value={ground.value}>
              {ground.label}
            </option>
          ))}
        </select>
        <FieldError id="legalGround" error={groundError} />
      </div>
      <ReasonTheCustomerReads kind="reject" hint={t('rejectReasonHint')} rows={4} state={state} />
      <SubmitButton className={mode === 'reject' ? dangerButton : secondaryButton}>{mode === 'reject' ? t('reject') : t('proposeReject')}</SubmitButton>
    </form>
  );
}

interface ExtendFormProps {
  requestId: string;
  action: StaffFormAction;
  /** Formatted dates for the hint: the original due date and the latest the law allows. */
  originalDue: string;
  latestDue: string;
}

/** Rule 2: before the original due date only, by at most two months in all, with a reason the customer reads. */
export function ExtendForm({ requestId, action, originalDue, latestDue }: ExtendFormProps) {
  const t = useTranslations('staffRequest.decision');
  const { state, formAction, ref } = useStaffForm(action);
  const daysError = state.fieldErrors.extendByDays;
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <FormError state={state} />
      <p className="text-sm text-slate-700">{t('extendRule', { original: originalDue, latest: latestDue })}</p>
      <div>
        <label htmlFor="extendByDays" className={fieldLabel}>
          {t('extendByDays')}
        </label>
        <p id="extendByDays-hint" className={fieldHint}>
          {t('extendByDaysHint')}
        </p>
        <input
          id="extendByDays"
          name="extendByDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={62}
          defaultValue={state.values?.extendByDays}
          aria-invalid={Boolean(daysError)}
          aria-describedby={describedBy('extendByDays', { hint: true, error: Boolean(daysError) })}
          className={`${input} max-w-32`}
        />
        <FieldError id="extendByDays" error={daysError} />
      </div>
      <ReasonTheCustomerReads kind="extend" hint={t('extendReasonHint')} rows={3} state={state} />
      <SubmitButton className={secondaryButton}>{t('extend')}</SubmitButton>
    </form>
  );
}

interface ProposalFormProps {
  requestId: string;
  proposalId: string;
  action: StaffFormAction;
  /** A confirmed erasure approval destroys calls: it gets the same confirmation step. */
  erasure: boolean;
  impact: ErasurePreview;
}

/** A DPO confirms or declines an agent's proposal (four eyes). */
export function ProposalForm({ requestId, proposalId, action, erasure, impact }: ProposalFormProps) {
  const t = useTranslations('staffRequest.proposals');
  const decision = useTranslations('staffRequest.decision');
  const { state, formAction, ref } = useStaffForm(action);
  const [confirming, setConfirming] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <FormError state={state} />
      {state.fieldErrors.confirmed ? <FieldError id="confirmed" error={state.fieldErrors.confirmed} /> : null}
      {confirming ? (
        <>
          <input type="hidden" name="decision" value="confirm" />
          <ErasureConfirmation
            impact={impact}
            confirmLabel={impact.erasable > 0 ? decision('erasureConfirm', { count: impact.erasable }) : decision('erasureConfirmNone')}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => openButton.current?.focus());
            }}
          />
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          {erasure ? (
            <button ref={openButton} type="button" onClick={() => setConfirming(true)} className={primaryButton}>
              {t('confirm')}
            </button>
          ) : (
            <SubmitButton className={primaryButton} name="decision" value="confirm">
              {t('confirm')}
            </SubmitButton>
          )}
          <SubmitButton className={secondaryButton} name="decision" value="decline">
            {t('decline')}
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
