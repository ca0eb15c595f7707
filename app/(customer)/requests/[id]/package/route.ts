import { redirect } from 'next/navigation';
import { requireCustomer } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { customerPackageResponse } from '@/lib/fulfilment/package-download';

/**
 * The browser's download of an access package: when the last verification is older than 10
 * minutes (rule 9) the customer confirms a new SMS code and comes straight back here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await requireCustomer();
  const { id } = await params;
  try {
    return await customerPackageResponse(session, id);
  } catch (error) {
    if (isAppError(error) && error.code === 'reverification_required') redirect(`/sign-in/reverify?next=${encodeURIComponent(`/requests/${id}/package`)}`);
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'gone' || error.code === 'conflict')) redirect(`/requests/${id}`);
    throw error;
  }
}
