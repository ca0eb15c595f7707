import { requireStaffForApi } from '@/lib/auth';
import { liftRecordingHold, placeRecordingHold } from '@/lib/holds/mutations';
import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { parseJsonBody } from '@/lib/http/parse';
import { holdSchema, liftHoldSchema } from '@/lib/staff/schema';

export const POST = apiHandler<{ id: string }>(async (request, { params }) => {
  const staff = await requireStaffForApi(request, 'holds.manage');
  const hold = await placeRecordingHold(staff, (await params).id, await parseJsonBody(request, holdSchema));
  return jsonResponse({ id: hold.id, recordingId: hold.recordingId, reason: hold.reason, placedAt: hold.placedAt, endsAt: hold.endsAt }, { status: 201 });
});

export const DELETE = apiHandler<{ id: string }>(async (request, { params }) => {
  const staff = await requireStaffForApi(request, 'holds.manage');
  const { reason } = await parseJsonBody(request, liftHoldSchema);
  const hold = await liftRecordingHold(staff, (await params).id, reason);
  return jsonResponse({ id: hold.id, liftedAt: hold.liftedAt });
});
