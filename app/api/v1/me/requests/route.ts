import { requireCustomerForApi } from '@/lib/auth';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody, parseSearchParams } from '@/lib/http/parse';
import { fileCustomerRequest } from '@/lib/requests/mutations';
import { listCustomerRequests, toApiRequest } from '@/lib/requests/queries';
import { fileRequestSchema, listQuerySchema } from '@/lib/requests/schema';

export const POST = apiHandler(async (request) => {
  const session = await requireCustomerForApi(request);
  const filed = await fileCustomerRequest(session, await parseJsonBody(request, fileRequestSchema));
  return jsonResponse({ id: filed.id, type: filed.type, status: filed.status, receivedAt: filed.receivedAt, dueAt: filed.dueAt }, { status: 201 });
});

export const GET = apiHandler(async (request) => {
  const session = await requireCustomerForApi(request);
  const page = await listCustomerRequests(session.customerId, parseSearchParams(request, listQuerySchema));
  return jsonResponse({ items: page.items.map(toApiRequest), nextCursor: page.nextCursor });
});
