import { requireCustomerForApi } from '@/lib/auth';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseSearchParams } from '@/lib/http/parse';
import { listCustomerRecordings } from '@/lib/recordings/queries';
import { toApiRecording } from '@/lib/recordings/api-shape';
import { isoDateTimeSchema, purposeSchema } from '@/lib/recordings/schema';
import { listQuerySchema } from '@/lib/requests/schema';

const querySchema = listQuerySchema.extend({ from: isoDateTimeSchema.optional(), to: isoDateTimeSchema.optional(), purpose: purposeSchema.optional() });

export const GET = apiHandler(async (request) => {
  const session = await requireCustomerForApi(request);
  const query = parseSearchParams(request, querySchema);
  const page = await listCustomerRecordings(session.customerId, query);
  return jsonResponse({ items: page.items.map(toApiRecording), nextCursor: page.nextCursor });
});
