'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { StaffSection } from '@/lib/staff/navigation';

export interface StaffNavItem {
  href: string;
  key: StaffSection;
}

/** Only sections the staff member may open and that exist; the current one carries aria-current. */
export function StaffNav({ items }: { items: StaffNavItem[] }) {
  const t = useTranslations('staffNav');
  const pathname = usePathname();
  if (items.length === 0) return null;
  return (
    <nav aria-label={t('navLabel')}>
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map(({ href, key }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-10 items-center border-b-[3px] px-3 py-2 text-sm font-semibold ${
                  current ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
                }`}
              >
                {t(`items.${key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
