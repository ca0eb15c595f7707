import { useTranslations } from 'next-intl';
import { signOutStaffAction } from '@/lib/staff/actions';
import { smallButton } from './ui';

/** Ends the staff session server-side (a plain form post, works without JavaScript). */
export function SignOutButton() {
  const t = useTranslations('staffNav');
  return (
    <form action={signOutStaffAction}>
      <button type="submit" className={smallButton}>
        {t('signOut')}
      </button>
    </form>
  );
}
