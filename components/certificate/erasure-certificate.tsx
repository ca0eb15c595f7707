import { useFormatter, useTranslations } from 'next-intl';
import type { CertificateCall, ErasureCertificateView } from '@/lib/fulfilment/certificate-schema';
import { PrintButton } from './print-button';
import { ScrollRegion } from '@/components/scroll-region';

const timeZone = 'Europe/Warsaw';
const staffRoles = ['agent', 'dpo', 'admin', 'auditor'] as const;
const button =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:border-slate-400 hover:bg-slate-50';
const sectionTitle = 'text-xl font-semibold tracking-tight text-slate-900';
const dt = 'text-sm text-slate-600';
const dd = 'mt-0.5 font-medium text-slate-900';
const th = 'border-b border-slate-300 bg-slate-50 px-3 py-2 text-left font-semibold text-slate-800';
const td = 'border-b border-slate-200 px-3 py-3 align-top text-slate-800';
const mono = 'font-mono text-xs break-all';

interface ErasureCertificateProps {
  view: ErasureCertificateView;
  /** Where the JSON of the same certificate downloads from (the customer's or the staff API). */
  jsonHref: string;
}

/**
 * The readable erasure certificate, one component for the customer and for staff: what the
 * request destroyed per call and when, what it kept and why, and the audit chain positions
 * that prove it. Printable: the actions and the site's chrome are left off paper.
 */
export function ErasureCertificate({ view, jsonHref }: ErasureCertificateProps) {
  const t = useTranslations('certificate');
  const format = useFormatter();
  const { certificate, issuance } = view;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeStyle: 'short', timeZone });
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long', timeZone });
  const roles = (list: string[]) => format.list(list.map((role) => ((staffRoles as readonly string[]).includes(role) ? t(`role.${role as (typeof staffRoles)[number]}`) : role)));
  const { decidedBy, proposedBy } = certificate.decision;

  return (
    <article aria-labelledby="certificate-title" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6 sm:py-12 print:max-w-none print:p-0">
      <header className="border-b-2 border-brand-700 pb-5">
        <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{t('kicker')}</p>
        <h1 id="certificate-title" className="mt-1 text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-3 max-w-3xl leading-relaxed text-slate-800">{t(certificate.status === 'completed' ? 'lead.completed' : 'lead.partial')}</p>
        <div className="mt-5 flex flex-wrap gap-3 print:hidden">
          <PrintButton label={t('print')} className={button} />
          <a href={jsonHref} download={`erasure-certificate-${certificate.requestId}.json`} className={button}>
            {t('downloadJson')}
          </a>
        </div>
      </header>

      <section aria-labelledby="certificate-facts" className="mt-8">
        <h2 id="certificate-facts" className={sectionTitle}>
          {t('facts.title')}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <dt className={dt}>{t('facts.customerNumber')}</dt>
            <dd className={`${dd} font-mono`}>{certificate.customerNumber}</dd>
          </div>
          <div>
            <dt className={dt}>{t('facts.requestId')}</dt>
            <dd className={`${dd} ${mono}`}>{certificate.requestId}</dd>
          </div>
          <div>
            <dt className={dt}>{t('facts.certificateId')}</dt>
            <dd className={`${dd} ${mono}`}>{certificate.certificateId}</dd>
          </div>
          <div>
            <dt className={dt}>{t('facts.received')}</dt>
            <dd className={dd}>{when(certificate.receivedAt)}</dd>
          </div>
          <div>
            <dt className={dt}>{t('facts.decided')}</dt>
            <dd className={dd}>{when(certificate.decidedAt)}</dd>
          </div>
          <div>
            <dt className={dt}>{t('facts.completed')}</dt>
            <dd className={dd}>{when(certificate.completedAt)}</dd>
          </div>
          <div className="sm:col-span-2 lg:col-span-3">
            <dt className={dt}>{t('facts.decidedBy')}</dt>
            <dd className={dd}>
              {proposedBy
                ? t('facts.fourEyes', { proposer: proposedBy.staffId, proposerRoles: roles(proposedBy.roles), proposedAt: when(proposedBy.proposedAt), confirmer: decidedBy.staffId, confirmerRoles: roles(decidedBy.roles) })
                : t('facts.staff', { id: decidedBy.staffId, roles: roles(decidedBy.roles) })}
            </dd>
          </div>
          <div className="sm:col-span-2 lg:col-span-3">
            <dt className={dt}>{t('facts.result')}</dt>
            <dd className={dd}>{t('facts.summary', { erased: certificate.summary.erased, kept: certificate.summary.kept })}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="certificate-calls" className="mt-10">
        <h2 id="certificate-calls" className={sectionTitle}>
          {t('calls.title')}
        </h2>
        <ScrollRegion label={t('calls.title')} className="mt-4 rounded-xl border border-slate-200 bg-white print:overflow-visible print:border-0">
          <table className="w-full min-w-[40rem] border-collapse text-sm print:min-w-0">
            <caption className="sticky left-0 max-w-[calc(100vw-2.5rem)] px-3 py-3 text-left text-slate-700 print:max-w-none">{t('calls.caption', { count: certificate.calls.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t('calls.columns.call')}
                </th>
                <th scope="col" className={th}>
                  {t('calls.columns.outcome')}
                </th>
                <th scope="col" className={th}>
                  {t('calls.columns.details')}
                </th>
                <th scope="col" className={th}>
                  {t('calls.columns.audit')}
                </th>
              </tr>
            </thead>
            <tbody>
              {certificate.calls.map((call) => (
                <tr key={call.recordingId} className="break-inside-avoid">
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <span className="block font-semibold text-slate-900">{when(call.callStartedAt)}</span>
                    <span className="mt-1 block text-xs text-slate-600">{t('calls.externalId', { id: call.externalId })}</span>
                    <span className={`mt-0.5 block text-slate-600 ${mono}`}>{t('calls.recordingId', { id: call.recordingId })}</span>
                  </th>
                  <td className={td}>
                    <span className={`inline-block rounded-md px-2 py-0.5 text-xs font-semibold ${call.outcome === 'erased' ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-950'}`}>
                      {t(`outcome.${call.outcome}`)}
                    </span>
                  </td>
                  <td className={td}>
                    <CallDetails call={call} when={when} day={day} />
                  </td>
                  <td className={td}>
                    {call.erasure?.auditEvent ? (
                      <>
                        <span className="block">{t('audit.seq', { seq: call.erasure.auditEvent.seq })}</span>
                        <span className={`mt-0.5 block text-slate-600 ${mono}`}>{call.erasure.auditEvent.hash}</span>
                      </>
                    ) : (
                      <span className="text-slate-600">{t(call.erasure ? 'audit.earlier' : 'audit.none')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="certificate-proof" className="mt-10 break-inside-avoid">
        <h2 id="certificate-proof" className={sectionTitle}>
          {t('proof.title')}
        </h2>
        <p className="mt-3 max-w-3xl leading-relaxed text-slate-800">{t('proof.body')}</p>
        <dl className="mt-4 space-y-3">
          {[
            { label: t('proof.statusChange'), position: certificate.audit.statusChange },
            { label: t('proof.chainHead'), position: certificate.audit.chainHead },
            { label: t('proof.issued', { date: when(issuance.issuedAt) }), position: issuance.auditEvent },
          ].map(({ label, position }) => (
            <div key={label}>
              <dt className={dt}>{label}</dt>
              <dd className={dd}>
                {t('audit.seq', { seq: position.seq })} <span className={`block text-slate-700 ${mono}`}>{position.hash}</span>
              </dd>
            </div>
          ))}
          <div>
            <dt className={dt}>{t('proof.bodySha256')}</dt>
            <dd className={`${dd} ${mono}`}>{issuance.bodySha256}</dd>
          </div>
        </dl>
        <p className="mt-4 max-w-3xl text-sm leading-relaxed text-slate-600">{t('proof.howToCheck')}</p>
      </section>

      {certificate.summary.kept > 0 ? (
        <section aria-labelledby="certificate-rights" className="mt-10 rounded-2xl border-2 border-brand-700 p-5 break-inside-avoid">
          <h2 id="certificate-rights" className={sectionTitle}>
            {t('rights.title')}
          </h2>
          <p className="mt-3 leading-relaxed text-slate-800">{t('rights.body')}</p>
        </section>
      ) : null}
    </article>
  );
}

function CallDetails({ call, when, day }: { call: CertificateCall; when: (iso: string) => string; day: (iso: string) => string }) {
  const t = useTranslations('certificate');
  if (call.kept?.reason === 'legal_hold') {
    return (
      <div className="space-y-1">
        <p>{t('kept.legalHold')}</p>
        <ul className="list-disc space-y-0.5 pl-5">
          {call.kept.holds.map((hold) => (
            <li key={`${hold.placedAt}-${hold.reason}`}>
              {hold.endsAt ? t('kept.holdUntil', { reason: hold.reason, placed: day(hold.placedAt), ends: day(hold.endsAt) }) : t('kept.hold', { reason: hold.reason, placed: day(hold.placedAt) })}
            </li>
          ))}
        </ul>
        <p className="text-xs text-slate-600">{t('kept.legalHoldLaw')}</p>
      </div>
    );
  }
  if (call.kept?.reason === 'legal_obligation') {
    return (
      <div className="space-y-1">
        <p>{t('kept.legalObligation', { date: day(call.kept.retentionUntil) })}</p>
        <p className="text-xs text-slate-600">{t('kept.legalObligationLaw')}</p>
      </div>
    );
  }
  const erasure = call.erasure;
  if (!erasure) return null;
  if (!erasure.destroyed) return <p>{t('erased.earlier', { date: when(erasure.erasedAt) })}</p>;
  const { destroyed } = erasure;
  return (
    <div className="space-y-1">
      <p className="font-medium">{t('erased.at', { date: when(erasure.erasedAt) })}</p>
      <ul className="list-disc space-y-0.5 pl-5">
        <li>{t('erased.dataKey')}</li>
        {destroyed.storedObjectDeleted ? <li>{t('erased.storedObject')}</li> : null}
        <li>{destroyed.transcriptSegments > 0 ? t('erased.transcript', { count: destroyed.transcriptSegments }) : t('erased.noTranscript')}</li>
        {destroyed.redactions > 0 ? <li>{t('erased.redactions', { count: destroyed.redactions })}</li> : null}
        {destroyed.packageCopies > 0 ? <li>{t('erased.packageCopies', { count: destroyed.packageCopies })}</li> : null}
      </ul>
      <p className="text-xs text-slate-600">{t('erased.tombstone')}</p>
    </div>
  );
}
