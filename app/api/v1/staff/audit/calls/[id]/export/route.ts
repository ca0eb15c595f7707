import { requireStaffForApi } from '@/lib/auth';
import { recordAuditAccess } from '@/lib/compliance/audit-access';
import { csvDisposition, csvDocument } from '@/lib/compliance/csv';
import { auditCsvCells, auditCsvHeader } from '@/lib/compliance/exports';
import { getCallAccessHistory } from '@/lib/compliance/queries';
import { AppError } from '@/lib/errors';
import { apiHandler } from '@/lib/http/api-handler';
import { parseParam } from '@/lib/http/parse';
import { z } from 'zod';

const callIdSchema = z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, 'is not a call id');

/** One call's access history (playbacks, downloads, exports) and its other events, as CSV. */
export const GET = apiHandler<{ id: string }>(async (request, context) => {
  const staff = await requireStaffForApi(request, 'audit.view');
  const { id: callId } = parseParam(z.object({ id: callIdSchema }), await context.params, '');
  const history = await getCallAccessHistory(callId);
  if (!history) throw new AppError('not_found', `recording ${callId}`);
  await recordAuditAccess(staff.staffUserId, 'audit.exported', { view: 'call_history', recordingId: history.recording.id });
  const rows = [...history.access.map((event) => ['access', ...auditCsvCells(event)]), ...history.other.map((event) => ['other', ...auditCsvCells(event)])];
  return new Response(csvDocument(['section', ...auditCsvHeader], rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': csvDisposition(`wglad-call-${history.recording.externalId}-access`), 'cache-control': 'no-store' },
  });
});
