import { currentCustomer } from '@/lib/auth';
import { AppError } from '@/lib/errors';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody } from '@/lib/http/parse';
import { registrationRequestSchema } from '@/lib/identity/passkey-schema';
import { completePasskeyRegistration, relyingPartyFor } from '@/lib/identity/passkeys';

/** Step 2 of adding a passkey: the authenticator's answer and the name the customer gave it. */
export const POST = apiHandler(async (request) => {
  const session = await currentCustomer();
  if (!session) throw new AppError('unauthenticated', 'no browser session');
  const body = await parseJsonBody(request, registrationRequestSchema);
  return jsonResponse(await completePasskeyRegistration(session, relyingPartyFor(request.headers), body), { status: 201 });
});
