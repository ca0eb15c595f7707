import { requireCustomerForApi } from '@/lib/auth';
import { apiHandler } from '@/lib/http/api-handler';
import { customerAudioResponse } from '@/lib/recordings/playback';

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const session = await requireCustomerForApi(request);
  return customerAudioResponse(session, (await params).id, request);
});
