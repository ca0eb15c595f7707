import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { clientAddress } from '@/lib/http/client-address';
import { parseJsonBody } from '@/lib/http/parse';
import { startStaffSession } from '@/lib/identity/sessions';
import { authenticateStaff } from '@/lib/staff/authentication';
import { staffSignInSchema } from '@/lib/staff/schema';

export const POST = apiHandler(async (request) => {
  const body = await parseJsonBody(request, staffSignInSchema);
  const staff = await authenticateStaff({ email: body.email, password: body.password, secondFactor: body.totp, requestedFrom: clientAddress(request.headers), channel: 'api' });
  const session = await startStaffSession({ staffUserId: staff.staffUserId, withToken: true });
  return jsonResponse({ token: session.token, expiresAt: session.expiresAt });
});
