import { requireCustomerForApi } from '@/lib/auth';
import { certificateJsonResponse } from '@/lib/fulfilment/certificate-download';
import { getCustomerErasureCertificate } from '@/lib/fulfilment/certificate-queries';
import { apiHandler } from '@/lib/http/api-handler';

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const session = await requireCustomerForApi(request);
  return certificateJsonResponse(await getCustomerErasureCertificate(session.customerId, (await params).id));
});
