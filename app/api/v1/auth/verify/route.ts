import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody } from '@/lib/http/parse';
import { verifyChallengeCode } from '@/lib/identity/otp';
import { verifyRequestSchema } from '@/lib/identity/schema';
import { startCustomerSession } from '@/lib/identity/sessions';
import { AppError } from '@/lib/errors';

export const POST = apiHandler(async (request) => {
  const { challengeId, code } = await parseJsonBody(request, verifyRequestSchema);
  const verified = await verifyChallengeCode(challengeId, code);
  if (verified.purpose !== 'sign_in') throw new AppError('unauthenticated', 'not a sign-in challenge');
  const session = await startCustomerSession({ customerId: verified.customerId, phone: verified.phone, withToken: true });
  return jsonResponse({ token: session.token, expiresAt: session.expiresAt });
});
