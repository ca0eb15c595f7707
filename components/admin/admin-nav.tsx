'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const items = [
  { href: '/staff/admin/staff', key: 'staff' },
  { href: '/staff/admin/processing', key: 'processing' },
] as const;

/** The administration's own sections; the current one carries aria-current. */
export function AdminNav() {
  const t = useTranslations('admin');
  const pathname = usePathname();
  return (
    <nav aria-label={t('navLabel')}>
      <ul className="flex flex-wrap gap-2">
        {items.map(({ href, key }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-10 items-center rounded-lg px-3 py-2 text-sm font-semibold ${
                  current ? 'bg-brand-700 text-white' : 'border border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50'
                }`}
              >
                {t(`nav.${key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
