'use client';

import { useTranslations } from 'next-intl';
import type { StaffFormAction } from './form-state';
import { describedBy, FieldError, FormError, SubmitButton, TextAreaField, useStaffForm } from './form-parts';
import { checkbox, fieldHint, fieldLabel, primaryButton, secondaryButton, select } from './ui';

/** An internal note: staff only, marked "internal" in the timeline. */
export function NoteForm({ requestId, action }: { requestId: string; action: StaffFormAction }) {
  const t = useTranslations('staffRequest.note');
  const { state, formAction, ref } = useStaffForm(action);
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <FormError state={state} />
      <TextAreaField id="note" name="note" label={t('label')} hint={t('hint')} error={state.fieldErrors.note} defaultValue={state.values?.note} />
      <SubmitButton className={secondaryButton}>{t('submit')}</SubmitButton>
    </form>
  );
}

/** A message the customer reads in the portal; asking them for something pauses the legal clock (rule 3). */
export function MessageForm({ requestId, action, alreadyPaused }: { requestId: string; action: StaffFormAction; alreadyPaused: boolean }) {
  const t = useTranslations('staffRequest.message');
  const { state, formAction, ref } = useStaffForm(action);
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <FormError state={state} />
      <TextAreaField
        id="message-text"
        name="text"
        label={t('label')}
        hint={t('hint')}
        error={state.fieldErrors.text}
        defaultValue={state.values?.text}
        rows={4}
      />
      <div className="flex items-start gap-2.5">
        <input
          id="awaitingReply"
          name="awaitingReply"
          type="checkbox"
          value="1"
          defaultChecked={state.values?.awaitingReply === '1'}
          aria-describedby="awaitingReply-hint"
          className={checkbox}
        />
        <div>
          <label htmlFor="awaitingReply" className="text-sm font-semibold text-slate-900">
            {t('awaitingReply')}
          </label>
          <p id="awaitingReply-hint" className={fieldHint}>
            {alreadyPaused ? t('awaitingReplyAlreadyPaused') : t('awaitingReplyHint')}
          </p>
        </div>
      </div>
      <SubmitButton className={primaryButton}>{t('submit')}</SubmitButton>
    </form>
  );
}

interface AssignFormProps {
  requestId: string;
  action: StaffFormAction;
  staff: { id: string; name: string }[];
  currentAssigneeId: string | null;
  myId: string;
}

/** Who works the request: pick anyone who may, or take it in one click. */
export function AssignForm({ requestId, action, staff, currentAssigneeId, myId }: AssignFormProps) {
  const t = useTranslations('staffRequest.assign');
  const { state, formAction, ref } = useStaffForm(action);
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <FormError state={state} />
      <div>
        <label htmlFor="assigneeId" className={fieldLabel}>
          {t('label')}
        </label>
        <select
          id="assigneeId"
          name="assigneeId"
          defaultValue={currentAssigneeId ?? ''}
          aria-invalid={Boolean(state.fieldErrors.assigneeId)}
          aria-describedby={describedBy('assigneeId', { error: Boolean(state.fieldErrors.assigneeId) })}
          className={select}
        >
          <option value="">{t('nobody')}</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.id === myId ? t('me', { name: member.name }) : member.name}
            </option>
          ))}
        </select>
        <FieldError id="assigneeId" error={state.fieldErrors.assigneeId} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton className={secondaryButton}>{t('submit')}</SubmitButton>
        {currentAssigneeId !== myId ? (
          <SubmitButton className={primaryButton} name="assignMe" value="1">
            {t('toMe')}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
