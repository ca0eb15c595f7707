import Link from 'next/link';
import { ArrowRightIcon } from '@/components/icons';
import { secondaryButton } from './ui';

interface NewerOlderPagerProps {
  label: string;
  /** Back to the first page; given only when the customer is past it. */
  newest?: { href: string; label: string };
  /** The next page of older items; given only when there is one. */
  older?: { href: string; label: string };
}

/** Cursor pages of a newest-first list: "back to the newest" and "older". Nothing when there is one page. */
export function NewerOlderPager({ label, newest, older }: NewerOlderPagerProps) {
  if (!newest && !older) return null;
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap gap-3">
      {newest ? (
        <Link href={newest.href} className={secondaryButton}>
          {newest.label}
        </Link>
      ) : null}
      {older ? (
        <Link href={older.href} className={secondaryButton}>
          {older.label}
          <ArrowRightIcon className="h-5 w-5" />
        </Link>
      ) : null}
    </nav>
  );
}
