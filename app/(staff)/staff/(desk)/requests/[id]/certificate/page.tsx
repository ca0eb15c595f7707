import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ErasureCertificate } from '@/components/certificate/erasure-certificate';
import { textLink } from '@/components/staff/ui';
import { requireStaff } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { getErasureCertificate } from '@/lib/fulfilment/certificate-queries';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('certificate'))('metaTitle') };
}

/** The same certificate the customer reads, for staff who may read requests. */
export default async function StaffCertificatePage({ params }: { params: Params }) {
  await requireStaff('requests.view');
  const { id } = await params;
  const view = await getErasureCertificate(id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const t = await getTranslations('staffRequest');
  return (
    <>
      <p className="mx-auto w-full max-w-5xl px-4 pt-5 sm:px-6 print:hidden">
        <Link href={`/staff/requests/${view.certificate.requestId}`} className={`${textLink} text-sm`}>
          {t('certificateBack')}
        </Link>
      </p>
      <ErasureCertificate view={view} jsonHref={`/api/v1/staff/requests/${view.certificate.requestId}/certificate`} />
    </>
  );
}
