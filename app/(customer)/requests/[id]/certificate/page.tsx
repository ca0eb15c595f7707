import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ErasureCertificate } from '@/components/certificate/erasure-certificate';
import { ArrowRightIcon } from '@/components/icons';
import { requireCustomer } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { getCustomerErasureCertificate } from '@/lib/fulfilment/certificate-queries';

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('certificate'))('metaTitle') };
}

/** The customer's erasure certificate; another customer's request, or one without a certificate, is a 404. */
export default async function CustomerCertificatePage({ params }: { params: Params }) {
  const session = await requireCustomer();
  const { id } = await params;
  const view = await getCustomerErasureCertificate(session.customerId, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const t = await getTranslations('requests');
  return (
    <>
      <p className="mx-auto w-full max-w-5xl px-4 pt-6 sm:px-6 print:hidden">
        <Link href={`/requests/${view.certificate.requestId}`} className="inline-flex min-h-11 items-center gap-1.5 rounded font-semibold text-brand-800 underline-offset-4 hover:underline">
          <ArrowRightIcon className="h-4 w-4 rotate-180" />
          {t('detail.certificate.back')}
        </Link>
      </p>
      <ErasureCertificate view={view} jsonHref={`/api/v1/me/requests/${view.certificate.requestId}/certificate`} />
    </>
  );
}
