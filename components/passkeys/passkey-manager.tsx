'use client';

import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startRegistration } from '@simplewebauthn/browser';
import { useTranslations } from 'next-intl';
import { Notice } from '@/components/notice';
import { ScrollRegion } from '@/components/scroll-region';
import { card, fieldError, fieldHint, fieldLabel, input, primaryButton, secondaryButton, sectionTitle, table, td, th } from '@/components/customer/ui';
import { callPasskeyApi, ceremonyFailure, type ProblemKind, type RegistrationChallenge } from './ceremony';
import { useWebAuthnSupport } from './use-webauthn-support';
import { screenReaderOnly } from '@/components/screen-reader-only';

/** One passkey as the page shows it; dates come formatted from the server so both renders agree. */
export interface PasskeyRow {
  id: string;
  name: string;
  createdAt: string;
  createdLabel: string;
  lastUsedAt: string | null;
  lastUsedLabel: string | null;
}

type ManagerError = 'unsupported' | 'cancelled' | 'alreadyRegistered' | 'limit' | 'notFound' | 'rateLimited' | 'failed';
type Announcement = { kind: 'added' | 'removed'; name: string } | null;

const reverifyHref = '/sign-in/reverify?next=/passkeys';


/**
 * Adding and removing passkeys. Adding needs a fresh SMS verification (`canAdd`); the server
 * checks that again, and if it has lapsed meanwhile the customer is sent to re-verify.
 */
export function PasskeyManager({ passkeys, canAdd, maxPasskeys }: { passkeys: PasskeyRow[]; canAdd: boolean; maxPasskeys: number }) {
  const t = useTranslations('passkeys');
  const router = useRouter();
  // Known only in the browser; until then the controls are shown, so the server render matches.
  const supported = useWebAuthnSupport();
  const [pending, setPending] = useState<'add' | string | null>(null);
  const [error, setError] = useState<ManagerError | null>(null);
  const [nameInvalid, setNameInvalid] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement>(null);
  const [refreshing, startTransition] = useTransition();


  /** Problems every call shares: an ended session or a stale verification leave the page. */
  function handleProblem(problem: ProblemKind): void {
    if (problem === 'reverify') return router.push(reverifyHref);
    if (problem === 'unauthenticated') return router.push('/sign-in?expired=1&next=/passkeys');
    setError(problem === 'conflict' ? 'limit' : problem === 'not_found' ? 'notFound' : problem === 'rate_limited' ? 'rateLimited' : 'failed');
  }

  /** The message and the refreshed list arrive in one commit, so they never contradict each other. */
  function announceAfterRefresh(next: NonNullable<Announcement>): void {
    startTransition(() => {
      setAnnouncement(next);
      router.refresh();
    });
  }

  async function add(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name || name.length > 60) {
      setNameInvalid(true);
      return;
    }
    setNameInvalid(false);
    setError(null);
    setAnnouncement(null);
    setPending('add');
    try {
      const challenge = await callPasskeyApi<RegistrationChallenge>('/api/passkeys/registration/options', { method: 'POST' });
      if (!challenge.ok) return handleProblem(challenge.problem);
      let response;
      try {
        response = await startRegistration({ optionsJSON: challenge.data.options });
      } catch (failure) {
        return setError(ceremonyFailure(failure));
      }
      const saved = await callPasskeyApi<{ id: string; name: string }>('/api/passkeys/registration', { method: 'POST', body: { challengeId: challenge.data.challengeId, name, response } });
      // A conflict here is either the limit or a key registered twice in a race.
      if (!saved.ok && saved.problem === 'conflict' && passkeys.length < maxPasskeys) return setError('alreadyRegistered');
      if (!saved.ok) return handleProblem(saved.problem);
      form.reset();
      announceAfterRefresh({ kind: 'added', name: saved.data.name });
    } finally {
      setPending(null);
    }
  }

  async function remove(passkey: PasskeyRow) {
    setError(null);
    setAnnouncement(null);
    setPending(passkey.id);
    try {
      const result = await callPasskeyApi<null>(`/api/passkeys/${encodeURIComponent(passkey.id)}`, { method: 'DELETE' });
      if (!result.ok) return handleProblem(result.problem);
      announceAfterRefresh({ kind: 'removed', name: passkey.name });
    } finally {
      setPending(null);
    }
  }

  const status = announcement ? t(announcement.kind === 'added' ? 'add.added' : 'list.removed', { name: announcement.name }) : pending === 'add' ? t('add.working') : '';

  return (
    <div className="mt-8 space-y-10">
      <div className="space-y-4">
        <div role="status" className={status ? undefined : 'sr-only'}>
          {status ? <Notice tone={announcement ? 'success' : 'info'} title={status} /> : null}
        </div>
        {error ? (
          <div role="alert">
            <Notice tone="error" title={t(`errors.${error}`)} />
          </div>
        ) : null}
      </div>

      <section aria-labelledby="passkey-add-title" className={card}>
        <h2 id="passkey-add-title" className={sectionTitle}>{t('add.title')}</h2>
        {supported === false ? (
          <p className="mt-3 text-slate-700">{t('errors.unsupported')}</p>
        ) : canAdd ? (
          <form onSubmit={add} className="mt-3 max-w-xl space-y-5" noValidate>
            <p className="text-slate-700">{t('add.lead')}</p>
            <div>
              <label htmlFor="passkey-name" className={fieldLabel}>{t('add.nameLabel')}</label>
              <p id="passkey-name-hint" className={fieldHint}>{t('add.nameHint')}</p>
              <input
                id="passkey-name"
                name="name"
                type="text"
                maxLength={60}
                required
                autoComplete="off"
                defaultValue={t('add.defaultName')}
                aria-invalid={nameInvalid}
                aria-describedby={nameInvalid ? 'passkey-name-hint passkey-name-error' : 'passkey-name-hint'}
                className={input}
              />
              {nameInvalid ? <p id="passkey-name-error" className={fieldError}>{t('add.nameError')}</p> : null}
            </div>
            <button type="submit" className={primaryButton} disabled={pending !== null || refreshing}>
              {pending === 'add' ? t('add.working') : t('add.submit')}
            </button>
          </form>
        ) : (
          <div className="mt-3 max-w-xl space-y-3">
            <p className="font-semibold text-slate-900">{t('add.reverifyTitle')}</p>
            <p className="text-slate-700">{t('add.reverifyLead')}</p>
            <p>
              <Link href={reverifyHref} className={primaryButton}>{t('add.reverifyLink')}</Link>
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="passkey-list-title">
        <h2 id="passkey-list-title" className={sectionTitle}>{t('list.title')}</h2>
        {passkeys.length === 0 ? (
          <p className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-slate-700">{t('list.empty')}</p>
        ) : (
          <div className="mt-4">
            <ScrollRegion label={t('list.tableLabel')} className="rounded-xl border border-slate-200 bg-white">
              <table className={table}>
                <thead>
                  <tr>
                    <th scope="col" className={th}>{t('list.name')}</th>
                    <th scope="col" className={th}>{t('list.created')}</th>
                    <th scope="col" className={th}>{t('list.lastUsed')}</th>
                    <th scope="col" className={th}><span className="sr-only">{t('list.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {passkeys.map((passkey) => (
                    <tr key={passkey.id}>
                      <th scope="row" className={`${td} font-semibold`}>{passkey.name}</th>
                      <td className={`${td} whitespace-nowrap`}>
                        <time dateTime={passkey.createdAt}>{passkey.createdLabel}</time>
                      </td>
                      <td className={`${td} whitespace-nowrap`}>
                        {passkey.lastUsedAt ? <time dateTime={passkey.lastUsedAt}>{passkey.lastUsedLabel}</time> : t('list.never')}
                      </td>
                      <td className={`${td} text-right`}>
                        <button type="button" className={`${secondaryButton} min-h-10 px-4 py-1.5`} onClick={() => void remove(passkey)} disabled={pending !== null || refreshing}>
                          {pending === passkey.id ? t('list.removing') : t.rich('list.remove', { name: passkey.name, hidden: screenReaderOnly })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <p className="mt-3 text-sm text-slate-600">{t('list.removeNote')}</p>
          </div>
        )}
      </section>
    </div>
  );
}
