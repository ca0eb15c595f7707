import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { BrandMark } from '@/components/icons';
import { LanguageSwitch } from '@/components/language-switch';
import { CustomerNav } from './customer-nav';
import { maskPhone, phoneEnding } from './format';
import { container } from './ui';

interface CustomerHeaderProps {
  /** The line the customer proved they hold; shown masked. */
  phone: string | null;
  /** Ends the session server-side; a plain form post, so it works without JavaScript. */
  signOutAction: () => Promise<void>;
}

function SignedInAs({ phone }: { phone: string }) {
  const t = useTranslations('customerNav');
  return (
    <p className="text-sm text-slate-600">
      {t('signedInWith')} <span aria-hidden="true" className="font-semibold whitespace-nowrap text-slate-900 tabular-nums">{maskPhone(phone)}</span>
      <span className="sr-only">{t('phoneEndingIn', { digits: phoneEnding(phone) })}</span>
    </p>
  );
}

function SignOutButton({ action }: { action: () => Promise<void> }) {
  const t = useTranslations('customerNav');
  return (
    <form action={action}>
      <button
        type="submit"
        className="inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-3.5 text-sm font-semibold text-slate-800 hover:border-slate-400 hover:bg-slate-50"
      >
        {t('signOut')}
      </button>
    </form>
  );
}

/** The signed-in header: brand, the verified line, language, sign-out, and the section tabs. */
export function CustomerHeader({ phone, signOutAction }: CustomerHeaderProps) {
  const chrome = useTranslations('chrome');
  return (
    <header className="print:hidden border-b border-slate-200 bg-white">
      <div className={`${container} flex items-center justify-between gap-3 py-3`}>
        <Link href="/calls" className="flex items-center gap-2.5 rounded-md">
          <BrandMark className="h-9 w-9 shrink-0" />
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-semibold tracking-tight text-slate-900">{chrome('brand')}</span>
            <span className="hidden text-xs text-slate-600 sm:block">{chrome('brandTagline')}</span>
          </span>
        </Link>
        <div className="flex items-center gap-3 sm:gap-4">
          <div className="hidden md:block">{phone ? <SignedInAs phone={phone} /> : null}</div>
          <LanguageSwitch />
          <div className="hidden sm:block">
            <SignOutButton action={signOutAction} />
          </div>
        </div>
      </div>
      <div className={`${container} flex items-center justify-between gap-3 pb-3 sm:hidden`}>
        {phone ? <SignedInAs phone={phone} /> : <span />}
        <SignOutButton action={signOutAction} />
      </div>
      <div className="border-t border-slate-100">
        <div className={`${container} flex items-center justify-between`}>
          <CustomerNav />
          <div className="hidden sm:block md:hidden">{phone ? <SignedInAs phone={phone} /> : null}</div>
        </div>
      </div>
    </header>
  );
}
