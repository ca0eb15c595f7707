import { requireCustomerForApi } from '@/lib/auth';
import { apiHandler } from '@/lib/http/api-handler';
import { recordCustomerPlayback } from '@/lib/recordings/playback';

/** The portal player reports that the customer pressed play: that is the playback the audit log records. */
export const POST = apiHandler<{ id: string }>(async (request, { params }) => {
  const session = await requireCustomerForApi(request);
  await recordCustomerPlayback(session, (await params).id);
  return new Response(null, { status: 204 });
});
