import { requireStaffForApi } from '@/lib/auth';
import { recordAuditAccess } from '@/lib/compliance/audit-access';
import { csvDisposition } from '@/lib/compliance/csv';
import { auditCsvStream } from '@/lib/compliance/exports';
import { auditFilterSchema } from '@/lib/compliance/schema';
import { apiHandler } from '@/lib/http/api-handler';
import { parseSearchParams } from '@/lib/http/parse';

/** The audit log under the explorer's filters, as CSV streamed a batch at a time. */
export const GET = apiHandler(async (request) => {
  const staff = await requireStaffForApi(request, 'audit.view');
  const filter = parseSearchParams(request, auditFilterSchema);
  await recordAuditAccess(staff.staffUserId, 'audit.exported', { view: 'explorer', filter });
  return new Response(auditCsvStream(filter), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': csvDisposition('wglad-audit-log'), 'cache-control': 'no-store' },
  });
});
