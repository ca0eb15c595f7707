import { z } from 'zod';
import { requireStaffForApi } from '@/lib/auth';
import { apiHandler } from '@/lib/http/api-handler';
import { parseSearchParams } from '@/lib/http/parse';
import { staffAudioResponse } from '@/lib/recordings/playback';

const purposeSchema = z.object({
  purpose: z.enum(['request_handling', 'quality_review', 'complaint', 'legal_claims'], { message: 'must state why you listen: request_handling, quality_review, complaint or legal_claims' }),
  reason: z.string().trim().min(3, 'must say in a few words why').max(300),
});

export const GET = apiHandler<{ id: string }>(async (request, { params }) => {
  const staff = await requireStaffForApi(request, 'recordings.play');
  const purpose = parseSearchParams(request, purposeSchema);
  return staffAudioResponse(staff, (await params).id, request, { kind: purpose.purpose, reason: purpose.reason });
});
