import { requireCustomerForApi } from '@/lib/auth';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { toApiRecordingDetail } from '@/lib/recordings/api-shape';
import { getCustomerRecording } from '@/lib/recordings/queries';

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const session = await requireCustomerForApi(request);
  return jsonResponse(toApiRecordingDetail(await getCustomerRecording(session.customerId, (await params).id)));
});
