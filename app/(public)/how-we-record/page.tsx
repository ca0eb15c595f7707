import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ArrowRightIcon, LockIcon, StopHandIcon } from '@/components/icons';
import { getProcessingRecord, listPublicRecipients } from '@/lib/processing/queries';
import { linesOf } from '@/lib/processing/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('howWeRecord'))('metaTitle') };
}

// The same look as the landing page (app/(public)/page.tsx).
const container = 'mx-auto max-w-6xl px-4 sm:px-6 lg:px-8';
const sectionTitle = 'text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl';
const primaryButton =
  'inline-flex items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-800';
/** The article of the law, in small print under a plain-language explanation. */
const lawNote = 'text-sm text-slate-600';
const term = 'text-sm font-semibold text-slate-900';

const rights = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdraw'] as const;

/**
 * What customers are told about call recording (Art. 13/14), read from the record of
 * processing an admin keeps (Art. 30) and the register of recipients (Art. 19): one source,
 * so the page cannot drift from what the company actually does.
 */
export default async function HowWeRecordPage() {
  const [t, format, locale, record, recipients] = await Promise.all([
    getTranslations('howWeRecord'),
    getFormatter(),
    getLocale(),
    getProcessingRecord(),
    listPublicRecipients(),
  ]);
  const lang = locale === 'en' ? 'en' : 'pl';
  const securityMeasures = [...new Set(record.flatMap((entry) => linesOf(entry.securityMeasures[lang])))];
  const lastChange = record.reduce<Date | null>((latest, entry) => (!latest || entry.updatedAt > latest ? entry.updatedAt : latest), null);

  return (
    <>
      <section aria-labelledby="page-title" className="border-b border-slate-200 bg-brand-50">
        <div className={`${container} py-12 sm:py-16`}>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t('eyebrow')}</p>
          <h1 id="page-title" className="mt-3 text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl">
            {t('title')}
          </h1>
          <p className="mt-5 max-w-3xl text-lg leading-relaxed text-slate-700">{t('lead')}</p>
          <p className={`mt-4 ${lawNote}`}>
            {t('law')} {lastChange ? t('updated', { date: format.dateTime(lastChange, { dateStyle: 'long', timeZone: 'Europe/Warsaw' }) }) : null}
          </p>
          <nav aria-label={t('contents')} className="mt-6">
            <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
              {(
                [
                  ['purposes', t('purposes.title')],
                  ['recipients', t('recipients.title')],
                  ['security', t('security.title')],
                  ['rights', t('rights.title')],
                ] as const
              ).map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`} className="rounded font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-950">
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>

      <section id="purposes" aria-labelledby="purposes-title" className="scroll-mt-4 bg-white py-14 sm:py-20">
        <div className={container}>
          <SectionIntro id="purposes-title" title={t('purposes.title')} intro={t('purposes.intro')} law={t('purposes.law')} />
          <ul className="mt-10 grid gap-5 lg:grid-cols-2">
            {record.map((entry) => (
              <li key={entry.purpose} className="flex flex-col rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
                <h3 className="text-lg font-semibold text-slate-900">{t(`purposes.names.${entry.purpose}`)}</h3>
                <p className="mt-2 leading-relaxed text-slate-700">{entry.description[lang]}</p>
                <dl className="mt-5 space-y-4 border-t border-slate-100 pt-4">
                  <Fact term={t('purposes.basis')}>
                    {entry.legalBases.map((basis) => (
                      <dd key={basis} className="mt-1 text-slate-700">
                        {t(`bases.${basis}.plain`)} <span className={`block ${lawNote}`}>{t(`bases.${basis}.law`)}</span>
                      </dd>
                    ))}
                  </Fact>
                  <Fact term={t('purposes.retention')}>
                    <dd className="mt-1 text-slate-700">
                      {entry.retentionCriteria[lang]} <span className={`block ${lawNote}`}>{t('purposes.days', { days: entry.retentionDays })}</span>
                    </dd>
                  </Fact>
                  <Fact term={t('purposes.data')}>
                    <LinesAsList text={entry.dataCategories[lang]} />
                  </Fact>
                  <Fact term={t('purposes.recipients')}>
                    <LinesAsList text={entry.recipientsText[lang]} />
                  </Fact>
                </dl>
              </li>
            ))}
          </ul>
          <div className="mt-8 max-w-3xl border-l-4 border-brand-600 pl-5">
            <p className="leading-relaxed text-slate-700">{t('hold.body')}</p>
            <p className={`mt-2 ${lawNote}`}>{t('hold.law')}</p>
          </div>
        </div>
      </section>

      <section id="recipients" aria-labelledby="recipients-title" className="scroll-mt-4 border-y border-slate-200 bg-slate-50 py-14 sm:py-20">
        <div className={container}>
          <SectionIntro id="recipients-title" title={t('recipients.title')} intro={t('recipients.intro')} law={t('recipients.law')} />
          {recipients.length ? (
            <div className="mt-8 overflow-x-auto rounded-xl border border-slate-200 bg-white">
              <table className="w-full border-collapse text-left">
                <thead>
                  <tr>
                    <th scope="col" className="border-b border-slate-200 px-5 py-3 text-sm font-semibold text-slate-900">
                      {t('recipients.name')}
                    </th>
                    <th scope="col" className="border-b border-slate-200 px-5 py-3 text-sm font-semibold text-slate-900">
                      {t('recipients.role')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {recipients.map((recipient) => (
                    <tr key={`${recipient.name}-${recipient.role}`}>
                      <th scope="row" className="border-b border-slate-100 px-5 py-3 align-top font-semibold text-slate-900">
                        {recipient.name}
                      </th>
                      <td className="border-b border-slate-100 px-5 py-3 align-top text-slate-700">{recipient.role}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="mt-8 text-slate-700">{t('recipients.none')}</p>
          )}
        </div>
      </section>

      <section id="security" aria-labelledby="security-title" className="scroll-mt-4 bg-brand-50 py-14 sm:py-20">
        <div className={container}>
          <h2 id="security-title" className={sectionTitle}>
            {t('security.title')}
          </h2>
          <p className={`mt-2 ${lawNote}`}>{t('security.law')}</p>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2">
            {securityMeasures.map((measure) => (
              <li key={measure} className="flex gap-4 rounded-xl bg-white p-5 shadow-xs">
                <span className="grid h-10 w-10 shrink-0 place-items-center rounded-lg bg-brand-700 text-white">
                  <LockIcon className="h-5 w-5" />
                </span>
                <p className="leading-relaxed text-slate-800">{measure}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section id="rights" aria-labelledby="rights-title" className="scroll-mt-4 bg-white py-14 sm:py-20">
        <div className={container}>
          <SectionIntro id="rights-title" title={t('rights.title')} intro={t('rights.intro')} />
          <ul className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {rights.map((right) => (
              <li key={right} className="flex flex-col rounded-xl border border-slate-200 bg-white p-6 shadow-xs">
                <h3 className="text-lg font-semibold text-slate-900">{t(`rights.items.${right}.title`)}</h3>
                <p className="mt-2 mb-4 leading-relaxed text-slate-700">{t(`rights.items.${right}.body`)}</p>
                <p className={`mt-auto border-t border-slate-100 pt-3 ${lawNote}`}>{t(`rights.items.${right}.law`)}</p>
              </li>
            ))}
          </ul>

          {/* Art. 21(4): the right to object is shown clearly and apart from the others. */}
          <section aria-labelledby="objection-title" className="mt-12 rounded-2xl border-2 border-brand-700 bg-white p-5 sm:p-10">
            <div className="flex flex-col gap-6 md:flex-row md:gap-10">
              <span className="grid h-14 w-14 shrink-0 place-items-center rounded-xl bg-brand-700 text-white">
                <StopHandIcon className="h-8 w-8" />
              </span>
              <div className="max-w-3xl">
                <h3 id="objection-title" className="text-2xl font-semibold tracking-tight text-slate-900">
                  {t('objection.title')}
                </h3>
                <p className="mt-4 leading-relaxed text-slate-800 sm:text-lg">{t('objection.body')}</p>
                <p className={`mt-3 ${lawNote}`}>{t('objection.law')}</p>
              </div>
            </div>
          </section>

          <section aria-labelledby="complaint-title" className="mt-8 max-w-3xl border-l-4 border-brand-600 pl-5">
            <h3 id="complaint-title" className="text-lg font-semibold text-slate-900">
              {t('complaint.title')}
            </h3>
            <p className="mt-2 leading-relaxed text-slate-700">{t('complaint.body')}</p>
            <p className="mt-2">
              <a href="https://uodo.gov.pl" className="rounded font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-950">
                {t('complaint.link')}
              </a>
            </p>
            <p className={`mt-2 ${lawNote}`}>{t('complaint.law')}</p>
          </section>

          <p className="mt-10">
            <Link href="/sign-in" className={primaryButton}>
              {t('rights.cta')}
              <ArrowRightIcon className="h-5 w-5" />
            </Link>
          </p>
        </div>
      </section>
    </>
  );
}

/** A section's heading with its plain-language introduction and, in small print, the law behind it. */
function SectionIntro({ id, title, intro, law }: { id: string; title: string; intro: string; law?: string }) {
  return (
    <div className="max-w-3xl">
      <h2 id={id} className={sectionTitle}>
        {title}
      </h2>
      <p className="mt-4 text-lg leading-relaxed text-slate-700">{intro}</p>
      {law ? <p className={`mt-2 ${lawNote}`}>{law}</p> : null}
    </div>
  );
}

/** One term of a purpose's card; the caller gives its <dd> elements. */
function Fact({ term: label, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className={term}>{label}</dt>
      {children}
    </div>
  );
}

/** A record-of-processing field kept as one item per line, shown as a bulleted list. */
function LinesAsList({ text }: { text: string }) {
  return (
    <dd className="mt-1">
      <ul className="list-disc space-y-0.5 pl-5 text-slate-700">
        {linesOf(text).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </dd>
  );
}
