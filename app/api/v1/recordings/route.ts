import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { requireIntegration } from '@/lib/integration/auth';
import { ingestMultipartRecording } from '@/lib/recordings/multipart-upload';

export const POST = apiHandler(async (request) => {
  const { actorId } = requireIntegration(request);
  const result = await ingestMultipartRecording(request, actorId);
  return jsonResponse({ id: result.id, externalId: result.externalId, status: result.status }, { status: result.created ? 201 : 200 });
});
