import { requireCustomerForApi } from '@/lib/auth';
import { customerPackageResponse } from '@/lib/fulfilment/package-download';
import { apiHandler } from '@/lib/http/api-handler';

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const session = await requireCustomerForApi(request);
  return customerPackageResponse(session, (await params).id);
});
