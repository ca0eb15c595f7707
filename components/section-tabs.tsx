'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface SectionTab {
  href: string;
  label: string;
}

/**
 * The tab row of a signed-in area (customer or staff); the section the visitor is in carries
 * aria-current="page". Tabs wrap on a narrow screen: a scrolled row hid the last ones with
 * nothing to say they were there.
 */
export function SectionTabs({ label, tabs, size = 'base' }: { label: string; tabs: SectionTab[]; size?: 'base' | 'compact' }) {
  const pathname = usePathname();
  if (tabs.length === 0) return null;
  return (
    <nav aria-label={label}>
      <ul className={`-mb-px flex flex-wrap gap-x-1 ${size === 'base' ? 'sm:gap-2' : ''}`}>
        {tabs.map(({ href, label: text }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex items-center border-b-[3px] px-3 py-2 font-semibold ${size === 'base' ? 'min-h-11 text-base' : 'min-h-10 text-sm'} ${
                  current ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
                }`}
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
