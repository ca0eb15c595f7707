import { requireStaffForApi } from '@/lib/auth';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseSearchParams } from '@/lib/http/parse';
import { listRequestQueue } from '@/lib/requests/staff-queries';
import { queueQuerySchema } from '@/lib/staff/schema';

export const GET = apiHandler(async (request) => {
  await requireStaffForApi(request, 'requests.view');
  const query = parseSearchParams(request, queueQuerySchema);
  return jsonResponse(await listRequestQueue({ ...query, assigneeId: query.assignee, overdue: Boolean(query.overdue), search: query.q }));
});
