import type { Purpose } from '@/generated/prisma/client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { fieldError, input, secondaryButton, primaryButton } from './ui';

export interface CallFilterValues {
  from?: string;
  to?: string;
  purpose?: Purpose;
}

interface CallFiltersProps {
  values: CallFilterValues;
  errors: { from?: 'invalidDate'; to?: 'invalidDate' | 'toBeforeFrom' };
  purposes: readonly Purpose[];
  active: boolean;
}

/** A plain GET form: filtering works without JavaScript and every result has its own address. */
export function CallFilters({ values, errors, purposes, active }: CallFiltersProps) {
  const t = useTranslations('calls');
  const dateField = (name: 'from' | 'to') => {
    const error = errors[name];
    return (
      <div>
        <label htmlFor={`filter-${name}`} className="block font-semibold text-slate-900">
          {t(`filters.${name}`)}
        </label>
        <input
          id={`filter-${name}`}
          name={name}
          type="date"
          defaultValue={values[name] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `filter-${name}-error` : undefined}
          className={input}
        />
        {error ? (
          <p id={`filter-${name}-error`} className={fieldError}>
            {t(`filters.${error}`)}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form method="get" action="/calls" className="grid grid-cols-2 gap-4 lg:grid-cols-[1fr_1fr_1.4fr_auto] lg:items-start">
      {dateField('from')}
      {dateField('to')}
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="filter-purpose" className="block font-semibold text-slate-900">
          {t('filters.purpose')}
        </label>
        <select id="filter-purpose" name="purpose" defaultValue={values.purpose ?? ''} className={input}>
          <option value="">{t('filters.anyPurpose')}</option>
          {purposes.map((purpose) => (
            <option key={purpose} value={purpose}>
              {t(`purpose.${purpose}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex flex-wrap gap-3 lg:col-span-1 lg:pt-8">
        <button type="submit" className={primaryButton}>
          {t('filters.apply')}
        </button>
        {active ? (
          <Link href="/calls" className={secondaryButton}>
            {t('filters.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
