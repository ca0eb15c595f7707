import { requireStaffForApi } from '@/lib/auth';
import { certificateJsonResponse } from '@/lib/fulfilment/certificate-download';
import { getErasureCertificate } from '@/lib/fulfilment/certificate-queries';
import { apiHandler } from '@/lib/http/api-handler';

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  await requireStaffForApi(request, 'requests.view');
  return certificateJsonResponse(await getErasureCertificate((await params).id));
});
