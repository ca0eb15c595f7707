import { currentCustomer } from '@/lib/auth';
import { AppError } from '@/lib/errors';
import { apiHandler } from '@/lib/http/api-handler';
import { parseParam } from '@/lib/http/parse';
import { passkeyIdSchema } from '@/lib/identity/passkey-schema';
import { removePasskey } from '@/lib/identity/passkeys';

/** Removes one of the signed-in customer's passkeys; another customer's id is a 404. */
export const DELETE = apiHandler<{ id: string }>(async (_request, { params }) => {
  const session = await currentCustomer();
  if (!session) throw new AppError('unauthenticated', 'no browser session');
  await removePasskey(session, parseParam(passkeyIdSchema, (await params).id, 'id'));
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});
