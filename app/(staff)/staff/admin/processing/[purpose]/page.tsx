import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProcessingForm } from '@/components/admin/processing-form';
import { card, container, lawNote, pageTitle, textLink } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { getProcessingRecord } from '@/lib/processing/queries';
import { processingTextFields, purposeSchema } from '@/lib/processing/schema';
import { saveProcessingPurposeAction } from '../actions';

type Params = { params: Promise<{ purpose: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations('admin.processing');
  const purpose = purposeSchema.safeParse((await params).purpose);
  return { title: purpose.success ? t('form.title', { purpose: t(`purposes.${purpose.data}`) }) : t('title') };
}

export default async function EditProcessingPurposePage({ params }: Params) {
  await requireStaff('settings.manage');
  const purpose = purposeSchema.safeParse((await params).purpose);
  if (!purpose.success) notFound();
  const [t, record] = await Promise.all([getTranslations('admin.processing'), getProcessingRecord()]);
  const entry = record.find((item) => item.purpose === purpose.data);
  if (!entry) notFound();
  const texts = Object.fromEntries(processingTextFields.flatMap((field) => [[`${field}Pl`, entry[field].pl], [`${field}En`, entry[field].en]]));

  return (
    <div className={`${container} space-y-5 pt-5`}>
      <p>
        <Link href={`/staff/admin/processing#purpose-${entry.purpose}`} className={textLink}>
          {t('form.back')}
        </Link>
      </p>
      <header className="max-w-3xl">
        <h1 className={pageTitle}>{t('form.title', { purpose: t(`purposes.${entry.purpose}`) })}</h1>
        <p className="mt-2 text-slate-700">{t('form.intro')}</p>
        <p className={`mt-1 ${lawNote}`}>{t('law')}</p>
      </header>
      <section aria-label={t('form.title', { purpose: t(`purposes.${entry.purpose}`) })} className={card}>
        <ProcessingForm initial={{ purpose: entry.purpose, legalBases: entry.legalBases, retentionDays: String(entry.retentionDays), texts }} action={saveProcessingPurposeAction} />
      </section>
    </div>
  );
}
