import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { clientAddress } from '@/lib/http/client-address';
import { parseJsonBody } from '@/lib/http/parse';
import { createSignInChallenge } from '@/lib/identity/otp';
import { challengeRequestSchema } from '@/lib/identity/schema';

export const POST = apiHandler(async (request) => {
  const body = await parseJsonBody(request, challengeRequestSchema);
  const locale = /^\s*en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'pl';
  const challenge = await createSignInChallenge({ ...body, requestedFrom: clientAddress(request.headers), locale });
  return jsonResponse(challenge, { status: 202 });
});
