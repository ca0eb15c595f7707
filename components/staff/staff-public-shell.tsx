import { LanguageSwitch } from '@/components/language-switch';
import { SkipLink } from '@/components/skip-link';
import { StaffBrand } from './staff-brand';
import { container } from './ui';

/** The frame of the staff sign-in: brand, language, one `<main>`. */
export function StaffPublicShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-slate-100">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className={`${container} flex items-center justify-between gap-3 py-3`}>
          <StaffBrand />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
