import { customerNumberSchema, customerUpsertSchema } from '@/lib/customers/schema';
import { upsertCustomerFromCrm } from '@/lib/customers/mutations';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody, parseParam } from '@/lib/http/parse';
import { requireIntegration } from '@/lib/integration/auth';

export const PUT = apiHandler<{ customerNumber: string }>(async (request, { params }) => {
  const { actorId } = requireIntegration(request);
  const customerNumber = parseParam(customerNumberSchema, (await params).customerNumber, 'customerNumber');
  const body = await parseJsonBody(request, customerUpsertSchema);
  const result = await upsertCustomerFromCrm(customerNumber, body, actorId);
  return jsonResponse({ id: result.id, customerNumber }, { status: result.created ? 201 : 200 });
});
