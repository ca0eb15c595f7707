import { useTranslations } from 'next-intl';
import { BrandMark } from '@/components/icons';

/** The brand with "back office" under it, so nobody mistakes this for the customer portal. */
export function StaffBrand() {
  const chrome = useTranslations('chrome');
  const t = useTranslations('staffNav');
  return (
    <span className="flex items-center gap-2.5">
      <BrandMark className="h-8 w-8 shrink-0" />
      <span className="flex flex-col leading-tight">
        <span className="text-base font-semibold tracking-tight text-slate-900">{chrome('brand')}</span>
        <span className="text-xs font-medium text-slate-600">{t('backOffice')}</span>
      </span>
    </span>
  );
}
