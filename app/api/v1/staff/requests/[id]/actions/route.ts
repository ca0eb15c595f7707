import { requireStaffForApi } from '@/lib/auth';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody } from '@/lib/http/parse';
import { decideRequest } from '@/lib/requests/decisions';
import { decisionSchema } from '@/lib/staff/schema';

export const POST = apiHandler<{ id: string }>(async (request, { params }) => {
  const staff = await requireStaffForApi(request, 'requests.approve');
  const decision = await parseJsonBody(request, decisionSchema);
  return jsonResponse(await decideRequest(staff, (await params).id, decision));
});
