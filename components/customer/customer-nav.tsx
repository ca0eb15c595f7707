'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const sections = [
  { href: '/calls', key: 'calls' },
  { href: '/requests', key: 'requests' },
  { href: '/consent', key: 'consent' },
  { href: '/passkeys', key: 'passkeys' },
] as const;

/** The signed-in sections; the one the visitor is in carries aria-current="page". */
export function CustomerNav() {
  const t = useTranslations('customerNav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('navLabel')}>
      <ul className="-mb-px flex gap-1 overflow-x-auto sm:gap-2">
        {sections.map(({ href, key }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-[3px] px-3 py-2 text-base font-semibold ${
                  current ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
                }`}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
