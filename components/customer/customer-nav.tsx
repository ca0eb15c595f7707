'use client';

import { useTranslations } from 'next-intl';
import { SectionTabs } from '@/components/section-tabs';

const sections = [
  { href: '/calls', key: 'calls' },
  { href: '/requests', key: 'requests' },
  { href: '/consent', key: 'consent' },
  { href: '/passkeys', key: 'passkeys' },
] as const;

/** The signed-in customer's sections. */
export function CustomerNav() {
  const t = useTranslations('customerNav');
  return <SectionTabs label={t('navLabel')} tabs={sections.map(({ href, key }) => ({ href, label: t(key) }))} />;
}
