'use client';

import type { Purpose, RequestType } from '@/generated/prisma/client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { StopHandIcon } from '@/components/icons';
import { initialRequestFormState, type RequestFormState, type RequestFormValues } from './request-form-state';
import { SubmitButton } from './submit-button';
import { fieldError, fieldHint, input, lawNote, primaryButton, secondaryButton } from './ui';

export interface CallChoice {
  id: string;
  label: string;
}

export interface PurposeChoice {
  value: Purpose;
  label: string;
}

interface RequestFormProps {
  action: (state: RequestFormState, formData: FormData) => Promise<RequestFormState>;
  calls: readonly CallChoice[];
  withdrawalPurposes: readonly PurposeChoice[];
  objectionPurposes: readonly PurposeChoice[];
  defaults: RequestFormValues;
}

const ordinaryTypes = ['access', 'erasure', 'restriction', 'consent_withdrawal'] as const;
/** Ids without underscores, so the CSS below can name them in Tailwind's `has-[…]` variants. */
const typeId = (type: RequestType) => `type-${type.replace('_', '-')}`;

const radioRow = 'flex gap-3 rounded-xl border border-slate-200 bg-white p-4 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-700';
const control = 'mt-1 h-5 w-5 shrink-0 accent-brand-700';
const legend = 'text-lg font-semibold text-slate-900';

/**
 * Filing a request. The sections that depend on the chosen type (calls, purposes) show and
 * hide with CSS `:has()`, so the form also works before or without JavaScript; the server
 * action ignores whatever a hidden section still holds.
 */
export function RequestForm({ action, calls, withdrawalPurposes, objectionPurposes, defaults }: RequestFormProps) {
  const t = useTranslations('requests.form');
  const types = useTranslations('requests.type');
  const errorsT = useTranslations('errors');
  const [state, formAction] = useActionState(action, initialRequestFormState);
  const values = state.values ?? defaults;
  const errors = state.fieldErrors;
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasErrors = Boolean(state.formError) || Object.keys(errors).length > 0;

  useEffect(() => {
    if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt]);

  const errorText = (id: string, key: RequestFormState['fieldErrors'][keyof RequestFormState['fieldErrors']]) =>
    key ? (
      <p id={id} className={fieldError}>
        {t(`errors.${key}`)}
      </p>
    ) : null;

  const purposeBoxes = (name: 'withdrawalPurposes' | 'objectionPurposes', choices: readonly PurposeChoice[]) => (
    <ul className="mt-3 grid gap-2 sm:grid-cols-2">
      {choices.map((choice) => (
        <li key={choice.value}>
          <label className="flex min-h-11 items-start gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2.5 has-[:checked]:border-brand-700">
            <input type="checkbox" name={name} value={choice.value} defaultChecked={values[name].includes(choice.value)} className={control} />
            <span className="first-letter:uppercase">{choice.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );

  return (
    // `key` re-applies the submitted values as defaults after a failed attempt.
    <form key={state.attempt} action={formAction} noValidate className="group/form space-y-8">
      {hasErrors ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-xl border border-red-300 bg-red-50 px-5 py-4 text-red-950">
          {state.formError?.kind === 'reverify' ? (
            <>
              <p className="font-semibold">{t('errors.reverify')}</p>
              <p className="mt-3">
                <Link href={state.formError.href} className={primaryButton}>
                  {t('errors.reverifyLink')}
                </Link>
              </p>
            </>
          ) : state.formError?.kind === 'error' && Object.keys(errors).length === 0 ? (
            <p className="font-semibold">{errorsT.has(state.formError.code as 'internal') ? errorsT(state.formError.code as 'internal') : errorsT('internal')}</p>
          ) : (
            <p className="font-semibold">{t('errors.summary')}</p>
          )}
        </div>
      ) : null}

      <fieldset aria-describedby={errors.type ? 'type-error' : undefined}>
        <legend className={legend}>{t('typeLegend')}</legend>
        {errorText('type-error', errors.type)}
        <div className="mt-3 grid gap-3">
          {ordinaryTypes.map((type) => (
            <label key={type} htmlFor={typeId(type)} className={radioRow}>
              <input
                id={typeId(type)}
                type="radio"
                name="type"
                value={type}
                defaultChecked={values.type === type}
                aria-describedby={`${typeId(type)}-help`}
                className={control}
              />
              <span>
                <span className="block font-semibold text-slate-900">{types(type)}</span>
                <span id={`${typeId(type)}-help`} className="mt-1 block text-slate-700">
                  {t(`typeHelp.${type}`)} <span className={`block ${lawNote}`}>{t(`typeLaw.${type}`)}</span>
                </span>
              </span>
            </label>
          ))}
        </div>

        {/* Art. 21(4): the right to object is shown clearly and apart from the others. */}
        <div className="mt-6 rounded-2xl border-2 border-brand-700 bg-white p-4 sm:p-5">
          <p className="flex items-center gap-3 text-lg font-semibold text-slate-900">
            <span className="grid h-9 w-9 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">
              <StopHandIcon className="h-5 w-5" />
            </span>
            {t('objection.heading')}
          </p>
          <label htmlFor={typeId('objection')} className={`${radioRow} mt-4`}>
            <input
              id={typeId('objection')}
              type="radio"
              name="type"
              value="objection"
              defaultChecked={values.type === 'objection'}
              aria-describedby={`${typeId('objection')}-help`}
              className={control}
            />
            <span>
              <span className="block font-semibold text-slate-900">{t('objection.label')}</span>
              <span id={`${typeId('objection')}-help`} className="mt-1 block text-slate-700">
                {t('objection.body')} <span className={`block ${lawNote}`}>{t('objection.law')}</span>
              </span>
            </span>
          </label>
        </div>
      </fieldset>

      <fieldset
        aria-describedby={errors.purposes ? 'withdrawal-purposes-error' : 'withdrawal-purposes-hint'}
        className="hidden group-has-[#type-consent-withdrawal:checked]/form:block"
      >
        <legend className={legend}>{t('purposesLegend')}</legend>
        <p id="withdrawal-purposes-hint" className={fieldHint}>
          {t('purposesHintWithdrawal')}
        </p>
        {errorText('withdrawal-purposes-error', errors.purposes)}
        {purposeBoxes('withdrawalPurposes', withdrawalPurposes)}
      </fieldset>

      <fieldset aria-describedby="objection-purposes-hint" className="hidden group-has-[#type-objection:checked]/form:block">
        <legend className={legend}>{t('purposesLegend')}</legend>
        <p id="objection-purposes-hint" className={fieldHint}>
          {t('purposesHintObjection')}
        </p>
        {purposeBoxes('objectionPurposes', objectionPurposes)}
      </fieldset>

      <fieldset aria-describedby={errors.calls ? 'calls-error' : undefined} className="group-has-[#type-consent-withdrawal:checked]/form:hidden">
        <legend className={legend}>{t('scopeLegend')}</legend>
        {errorText('calls-error', errors.calls)}
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <label htmlFor="scope-all" className={radioRow}>
            <input id="scope-all" type="radio" name="scope" value="all" defaultChecked={values.scope === 'all'} className={control} />
            <span className="font-semibold text-slate-900">{t('scopeAll')}</span>
          </label>
          <label htmlFor="scope-chosen" className={radioRow}>
            <input id="scope-chosen" type="radio" name="scope" value="chosen" defaultChecked={values.scope === 'chosen'} className={control} />
            <span className="font-semibold text-slate-900">{t('scopeChosen')}</span>
          </label>
        </div>
        <fieldset className="mt-5 hidden group-has-[#scope-chosen:checked]/form:block">
          <legend className="font-semibold text-slate-900">{t('callsLegend')}</legend>
          {calls.length === 0 ? (
            <p className="mt-2 text-slate-700">{t('callsEmpty')}</p>
          ) : (
            <ul className="mt-3 max-h-96 space-y-2 overflow-y-auto rounded-xl border border-slate-200 bg-slate-50 p-2">
              {calls.map((call) => (
                <li key={call.id}>
                  <label className="flex min-h-11 items-start gap-3 rounded-lg bg-white px-3 py-2.5 has-[:checked]:ring-2 has-[:checked]:ring-brand-700">
                    <input type="checkbox" name="callIds" value={call.id} defaultChecked={values.callIds.includes(call.id)} className={control} />
                    <span>{call.label}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </fieldset>

      <div>
        <label htmlFor="message" className="block text-lg font-semibold text-slate-900">
          {t('messageLabel')}
        </label>
        <p id="message-hint" className={fieldHint}>
          {t('messageHint')}
        </p>
        {errorText('message-error', errors.message)}
        <textarea
          id="message"
          name="message"
          rows={5}
          maxLength={2000}
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={errors.message ? 'message-hint message-error' : 'message-hint'}
          className={`${input} resize-y`}
        />
      </div>

      <div className="flex flex-col gap-3 border-t border-slate-200 pt-6 sm:flex-row">
        <SubmitButton pendingLabel={t('submitting')} className={primaryButton}>
          {t('submit')}
        </SubmitButton>
        <Link href="/requests" className={secondaryButton}>
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
