'use client';

import { useTranslations } from 'next-intl';
import { SectionTabs } from '@/components/section-tabs';
import type { StaffSection } from '@/lib/staff/navigation';

export interface StaffNavItem {
  href: string;
  key: StaffSection;
}

/** Only sections the staff member may open and that exist. */
export function StaffNav({ items }: { items: StaffNavItem[] }) {
  const t = useTranslations('staffNav');
  return <SectionTabs label={t('navLabel')} size="compact" tabs={items.map(({ href, key }) => ({ href, label: t(`items.${key}`) }))} />;
}
