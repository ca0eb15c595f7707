import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { clientAddress } from '@/lib/http/client-address';
import { parseJsonBody } from '@/lib/http/parse';
import { authenticationOptionsRequestSchema } from '@/lib/identity/passkey-schema';
import { createAuthenticationOptions, relyingPartyFor } from '@/lib/identity/passkeys';

/** Step 1 of a passkey sign-in; the signed answer goes to next-auth's `customer-passkey` provider (lib/auth.ts). */
export const POST = apiHandler(async (request) => {
  const body = await parseJsonBody(request, authenticationOptionsRequestSchema);
  return jsonResponse(await createAuthenticationOptions(relyingPartyFor(request.headers), { customerNumber: body.customerNumber, requestedFrom: clientAddress(request.headers) }));
});
