import { z } from 'zod';
import { checkConsent } from '@/lib/consent/queries';
import { getDb } from '@/lib/db';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseSearchParams } from '@/lib/http/parse';
import { requireIntegration } from '@/lib/integration/auth';
import { e164QueryParamSchema } from '@/lib/recordings/schema';

export const GET = apiHandler(async (request) => {
  requireIntegration(request);
  const { phone } = parseSearchParams(request, z.object({ phone: e164QueryParamSchema }));
  return jsonResponse(await checkConsent(await getDb(), phone));
});
