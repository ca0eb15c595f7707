import { useFormatter, useTranslations } from 'next-intl';
import type { StaffRole } from '@/generated/prisma/client';
import type { AuditActor } from '@/lib/compliance/queries';
import type messages from '@/lib/i18n/messages/pl.json';

/** Pieces of the audit tables: the event in words, who acted, the details in a few words. */

type EventMessages = (typeof messages)['audit']['events'];
/** Event types with a name and meaning in the messages ("recording.played"). */
export type TranslatedEventType = { [Group in keyof EventMessages]: `${Group & string}.${keyof EventMessages[Group] & string}` }[keyof EventMessages];

const staffRoles: readonly StaffRole[] = ['agent', 'dpo', 'admin', 'auditor'];
const isRole = (value: string): value is StaffRole => (staffRoles as readonly string[]).includes(value);

export function useRoleNames() {
  const t = useTranslations('staffNav.roles');
  return (roles: readonly string[]) =>
    roles
      .flatMap((role) => role.split('+'))
      .map((role) => (isRole(role) ? t(role) : role))
      .join(', ');
}

/** "17.06.2026, 10:00:12" in Warsaw, with the sequence number under it. */
export function EventTime({ at, seq }: { at: Date; seq?: string }) {
  const format = useFormatter();
  const t = useTranslations('audit.table');
  return (
    <>
      <time dateTime={at.toISOString()} className="block whitespace-nowrap tabular-nums">
        {format.dateTime(at, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Warsaw' })}
      </time>
      {seq ? <span className="block text-xs text-slate-600 tabular-nums">{t('seq', { seq })}</span> : null}
    </>
  );
}

/** The event's name in words with its stable code beside it (for filters and scripts), and its meaning. */
export function EventName({ type, meaning, showMeaning = true }: { type: string; meaning: string | null; showMeaning?: boolean }) {
  const t = useTranslations('audit');
  if (!t.has(`events.${type as TranslatedEventType}.label`)) {
    // A type added to lib/audit/events.ts before its translation, or one no longer in the list.
    return (
      <>
        <span className="block font-semibold text-slate-900">{meaning ? type : t('unknownEvent')}</span>
        {meaning && showMeaning ? <span className="block text-xs leading-snug text-slate-700">{meaning}</span> : null}
        {meaning ? null : <code className="block text-xs text-slate-600">{type}</code>}
      </>
    );
  }
  const eventType = type as TranslatedEventType;
  return (
    <>
      <span className="block">
        <span className="font-semibold text-slate-900">{t(`events.${eventType}.label`)}</span> <code className="text-xs whitespace-nowrap text-slate-600">{type}</code>
      </span>
      {showMeaning ? <span className="block text-xs leading-snug text-slate-700">{t(`events.${eventType}.meaning`)}</span> : null}
    </>
  );
}

/** Staff by name and the role they acted in; the customer as "klient"; telephony and the system by kind. */
export function ActorName({ actor }: { actor: AuditActor }) {
  const t = useTranslations('audit.actor');
  const roleNames = useRoleNames();
  if (actor.kind === 'staff') {
    const roles = actor.roleAtTheTime ? [actor.roleAtTheTime] : actor.roles;
    return (
      <>
        <span className="block font-semibold text-slate-900">{actor.name ?? t('unknownStaff')}</span>
        {roles.length ? <span className="block text-xs text-slate-700">{roleNames(roles)}</span> : null}
      </>
    );
  }
  return <span className="block text-slate-900">{t(actor.kind)}</span>;
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/** The details as "key value" pairs, shortened; the CSV holds them whole. */
export function EventDetails({ details, omit = [] }: { details: Record<string, unknown>; omit?: string[] }) {
  const entries = Object.entries(details).filter(([key, value]) => !omit.includes(key) && value !== null && value !== undefined && value !== '');
  if (entries.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs leading-snug">
      {entries.slice(0, 8).map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-600">{key}</dt>
          <dd className="font-mono break-all text-slate-900">{shortValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A long id shortened for a dense table; the whole id stays readable to screen readers and in the CSV. */
export function ShortId({ id, keep = 10 }: { id: string; keep?: number }) {
  if (id.length <= keep + 2) return <>{id}</>;
  return (
    <>
      <span aria-hidden="true">{`${id.slice(0, keep)}…`}</span>
      <span className="sr-only">{id}</span>
    </>
  );
}
