import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { StaffRole } from '@/generated/prisma/client';
import { LanguageSwitch } from '@/components/language-switch';
import { SignOutButton } from './sign-out-button';
import { StaffBrand } from './staff-brand';
import { StaffNav, type StaffNavItem } from './staff-nav';
import { container } from './ui';

interface StaffHeaderProps {
  name: string;
  roles: StaffRole[];
  home: string;
  navItems: StaffNavItem[];
}

function SignedInAs({ name, roles }: { name: string; roles: StaffRole[] }) {
  const t = useTranslations('staffNav');
  return (
    <p className="text-sm leading-tight text-slate-700">
      <span className="sr-only">{t('signedInAs')} </span>
      <span className="font-semibold text-slate-900">{name}</span>
      <span className="block text-xs text-slate-600">{roles.map((role) => t(`roles.${role}`)).join(', ')}</span>
    </p>
  );
}

/** Who is signed in and with which roles, the sections they may use, language and sign-out. */
export function StaffHeader({ name, roles, home, navItems }: StaffHeaderProps) {
  return (
    <header className="print:hidden border-b border-slate-200 bg-white">
      <div className={`${container} flex items-center justify-between gap-3 py-2.5`}>
        <Link href={home} className="rounded-md">
          <StaffBrand />
        </Link>
        <div className="flex items-center gap-4">
          <div className="hidden md:block">
            <SignedInAs name={name} roles={roles} />
          </div>
          <LanguageSwitch />
          <div className="hidden md:block">
            <SignOutButton />
          </div>
        </div>
      </div>
      <div className={`${container} flex items-center justify-between gap-3 pb-2.5 md:hidden`}>
        <SignedInAs name={name} roles={roles} />
        <SignOutButton />
      </div>
      <div className="border-t border-slate-100">
        <div className={container}>
          <StaffNav items={navItems} />
        </div>
      </div>
    </header>
  );
}
