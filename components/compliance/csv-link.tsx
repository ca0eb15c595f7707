import { DownloadIcon } from '@/components/icons';
import { smallButton } from '@/components/staff/ui';

/** A CSV download whose accessible name says what it downloads ("CSV: Zaległe wnioski"). */
export function CsvLink({ href, label, context }: { href: string; label: string; context: string }) {
  return (
    <a href={href} download className={smallButton}>
      <DownloadIcon className="h-4 w-4" />
      {label}
      <span className="sr-only">: {context}</span>
    </a>
  );
}
