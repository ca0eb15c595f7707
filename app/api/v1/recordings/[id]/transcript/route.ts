import { z } from 'zod';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody, parseParam } from '@/lib/http/parse';
import { requireIntegration } from '@/lib/integration/auth';
import { transcriptSchema } from '@/lib/recordings/schema';
import { setTranscript } from '@/lib/recordings/transcripts';

export const PUT = apiHandler<{ id: string }>(async (request, { params }) => {
  const { actorId } = requireIntegration(request);
  const id = parseParam(z.string().min(1).max(64), (await params).id, 'id');
  const { transcript } = await parseJsonBody(request, z.object({ transcript: transcriptSchema }));
  return jsonResponse({ id, ...(await setTranscript(id, transcript, actorId)) });
});
