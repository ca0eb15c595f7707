import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { formatShortDateTime } from '@/components/staff/dates';
import { FlashMessage } from '@/components/staff/flash-message';
import { card, container, dd, dt, lawNote, pageTitle, sectionTitle, smallButton, textLink } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { getProcessingRecord } from '@/lib/processing/queries';
import { linesOf, purposeSchema } from '@/lib/processing/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.processing'))('title') };
}

const flashSchema = z.object({
  done: z.enum(['saved', 'unchanged']).optional().catch(undefined),
  purpose: purposeSchema.optional().catch(undefined),
});

/** The record of processing (Art. 30) at a glance, one card per purpose, each with its editor behind a link. */
export default async function ProcessingRecordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff('settings.manage');
  const [t, format, locale, record, flash] = await Promise.all([
    getTranslations('admin.processing'),
    getFormatter(),
    getLocale(),
    getProcessingRecord(),
    searchParams.then((params) => flashSchema.parse(params)),
  ]);
  const lang = locale === 'en' ? 'en' : 'pl';

  return (
    <div className={`${container} space-y-6 pt-5`}>
      <header className="max-w-3xl">
        <h1 className={pageTitle}>{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
        <p className={`mt-1 ${lawNote}`}>{t('law')}</p>
        <p className="mt-3">
          <Link href="/how-we-record" className={textLink}>
            {t('publicLink')}
          </Link>
        </p>
      </header>

      {flash.done && flash.purpose ? (
        <FlashMessage tone={flash.done === 'saved' ? 'success' : 'info'}>
          <p>{t(`done.${flash.done}`, { purpose: t(`purposes.${flash.purpose}`) })}</p>
        </FlashMessage>
      ) : null}

      <ul className="space-y-4">
        {record.map((entry) => (
          <li key={entry.purpose} id={`purpose-${entry.purpose}`} className="scroll-mt-4">
            <section aria-labelledby={`title-${entry.purpose}`} className={card}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <h2 id={`title-${entry.purpose}`} className={sectionTitle}>
                  {t(`purposes.${entry.purpose}`)}
                </h2>
                <Link href={`/staff/admin/processing/${entry.purpose}`} className={smallButton}>
                  {t('edit')}
                  <span className="sr-only">: {t(`purposes.${entry.purpose}`)}</span>
                </Link>
              </div>
              <p className="mt-2 max-w-4xl text-sm leading-relaxed text-slate-800">{entry.description[lang] || t('missing')}</p>
              <dl className="mt-4 grid gap-4 md:grid-cols-3">
                <div>
                  <dt className={dt}>{t('legalBasesTerm')}</dt>
                  <dd className={dd}>{entry.legalBases.length ? entry.legalBases.map((basis) => t(`legalBases.${basis}`)).join('; ') : t('missing')}</dd>
                </div>
                <div>
                  <dt className={dt}>{t('retentionTerm')}</dt>
                  <dd className={dd}>
                    {t('days', { days: entry.retentionDays })}
                    <span className="block text-slate-700">{entry.retentionCriteria[lang]}</span>
                  </dd>
                </div>
                <div>
                  <dt className={dt}>{t('lastEditTerm')}</dt>
                  <dd className={dd}>{entry.updatedByName ? t('lastEdit', { time: formatShortDateTime(format, entry.updatedAt), name: entry.updatedByName }) : t('notEdited')}</dd>
                </div>
                <div>
                  <dt className={dt}>{t('form.fields.dataCategories')}</dt>
                  <dd className={dd}>{linesOf(entry.dataCategories[lang]).join('; ') || t('missing')}</dd>
                </div>
                <div>
                  <dt className={dt}>{t('form.fields.recipientsText')}</dt>
                  <dd className={dd}>{linesOf(entry.recipientsText[lang]).join('; ') || t('missing')}</dd>
                </div>
                <div>
                  <dt className={dt}>{t('form.fields.securityMeasures')}</dt>
                  <dd className={dd}>{linesOf(entry.securityMeasures[lang]).length ? t('itemCount', { count: linesOf(entry.securityMeasures[lang]).length }) : t('missing')}</dd>
                </div>
              </dl>
            </section>
          </li>
        ))}
      </ul>
    </div>
  );
}
