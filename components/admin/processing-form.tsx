'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import Link from 'next/link';
import { Notice } from '@/components/notice';
import { checkbox, fieldHint, fieldLabel, input, primaryButton, secondaryButton } from '@/components/staff/ui';
import type { LegalBasis } from '@/generated/prisma/client';
import { AdminFieldErrorText, describedBy, PendingButton, useFocusAfterAttempt } from './form-parts';
import { initialAdminFormState, type AdminFormAction } from './form-state';

export const legalBases: LegalBasis[] = ['consent', 'contract', 'legal_obligation', 'legitimate_interest'];
const textFields = ['description', 'dataCategories', 'recipientsText', 'retentionCriteria', 'securityMeasures'] as const;
const listFields: readonly string[] = ['dataCategories', 'recipientsText', 'securityMeasures'];

export interface ProcessingFormValues {
  purpose: string;
  legalBases: string[];
  retentionDays: string;
  /** `<field>Pl` / `<field>En`, as the form names them. */
  texts: Record<string, string>;
}

/** One purpose of the record, every text side by side in Polish and English. */
export function ProcessingForm({ initial, action }: { initial: ProcessingFormValues; action: AdminFormAction }) {
  const t = useTranslations('admin.processing');
  const [state, formAction] = useActionState(action, initialAdminFormState);
  const ref = useFocusAfterAttempt(state.attempt);
  const errors = state.fieldErrors;
  const value = (name: string, fallback: string) => (typeof state.values?.[name] === 'string' ? (state.values[name] as string) : fallback);
  const checkedBases = Array.isArray(state.values?.legalBases) ? state.values.legalBases : initial.legalBases;
  return (
    <form ref={ref} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="purpose" value={initial.purpose} />
      {state.failed ? (
        <div data-focus-after-attempt tabIndex={-1} className="rounded-lg focus:outline-none">
          <Notice size="compact" tone="error" role="alert">
            <p>{t('form.failed')}</p>
          </Notice>
        </div>
      ) : null}

      <fieldset>
        <legend className={fieldLabel}>{t('form.legalBasesLegend')}</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {legalBases.map((basis) => (
            <li key={basis} className="flex gap-2.5">
              <input
                id={`basis-${basis}`}
                type="checkbox"
                name="legalBases"
                value={basis}
                defaultChecked={checkedBases.includes(basis)}
                aria-invalid={Boolean(errors.legalBases) || undefined}
                aria-describedby={describedBy('legalBases', { error: Boolean(errors.legalBases) })}
                className={checkbox}
              />
              <label htmlFor={`basis-${basis}`} className="text-sm text-slate-800">
                {t(`legalBases.${basis}`)}
              </label>
            </li>
          ))}
        </ul>
        <AdminFieldErrorText id="legalBases" error={errors.legalBases} />
      </fieldset>

      <div className="max-w-sm">
        <label htmlFor="retentionDays" className={fieldLabel}>
          {t('form.retentionDays')}
        </label>
        <p id="retentionDays-hint" className={fieldHint}>
          {t('form.retentionDaysHint')}
        </p>
        <input
          id="retentionDays"
          name="retentionDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={3653}
          defaultValue={value('retentionDays', initial.retentionDays)}
          aria-invalid={Boolean(errors.retentionDays)}
          aria-describedby={describedBy('retentionDays', { hint: true, error: Boolean(errors.retentionDays) })}
          className={`${input} max-w-40`}
        />
        <AdminFieldErrorText id="retentionDays" error={errors.retentionDays} />
      </div>

      {textFields.map((field) => {
        const isList = listFields.includes(field);
        return (
          <fieldset key={field} className="border-t border-slate-200 pt-4">
            <legend className="text-base font-semibold text-slate-900">{t(`form.fields.${field}`)}</legend>
            {isList ? (
              <p id={`${field}-hint`} className={fieldHint}>
                {t('form.listHint')}
              </p>
            ) : null}
            <div className="mt-2 grid gap-4 lg:grid-cols-2">
              {(['Pl', 'En'] as const).map((language) => {
                const name = `${field}${language}`;
                const hintIds = [isList ? `${field}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(' ');
                return (
                  <div key={name}>
                    <label htmlFor={name} className={fieldLabel}>
                      {t(language === 'Pl' ? 'form.pl' : 'form.en')}
                    </label>
                    <textarea
                      id={name}
                      name={name}
                      lang={language === 'Pl' ? 'pl' : 'en'}
                      rows={field === 'securityMeasures' ? 9 : isList ? 6 : 4}
                      maxLength={4000}
                      defaultValue={value(name, initial.texts[name] ?? '')}
                      aria-invalid={Boolean(errors[name])}
                      aria-describedby={hintIds || undefined}
                      className={`${input} leading-relaxed`}
                    />
                    <AdminFieldErrorText id={name} error={errors[name]} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}

      <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
        <PendingButton className={primaryButton} pendingLabel={t('form.sending')}>
          {t('form.save')}
        </PendingButton>
        <Link href="/staff/admin/processing" className={secondaryButton}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
