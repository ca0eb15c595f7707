import Link from 'next/link';
import { useTranslations } from 'next-intl';

export const passkeysHref = '/passkeys';

/** The way to the passkey page, for the customer navigation; works in server and client components. */
export function PasskeysLink({ className, current = false }: { className?: string; current?: boolean }) {
  const t = useTranslations('passkeys');
  return (
    <Link href={passkeysHref} aria-current={current ? 'page' : undefined} className={className}>
      {t('nav')}
    </Link>
  );
}
