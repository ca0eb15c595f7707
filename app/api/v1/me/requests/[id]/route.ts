import { requireCustomerForApi } from '@/lib/auth';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { getCustomerRequest, toApiRequest } from '@/lib/requests/queries';

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const session = await requireCustomerForApi(request);
  return jsonResponse(toApiRequest(await getCustomerRequest(session.customerId, (await params).id)));
});
