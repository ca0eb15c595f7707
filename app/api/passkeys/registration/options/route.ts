import { currentCustomer } from '@/lib/auth';
import { AppError } from '@/lib/errors';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { createRegistrationOptions, relyingPartyFor } from '@/lib/identity/passkeys';

/** Step 1 of adding a passkey, for the browser's session only (a WebAuthn ceremony needs a browser). */
export const POST = apiHandler(async (request) => {
  const session = await currentCustomer();
  if (!session) throw new AppError('unauthenticated', 'no browser session');
  return jsonResponse(await createRegistrationOptions(session, relyingPartyFor(request.headers)));
});
