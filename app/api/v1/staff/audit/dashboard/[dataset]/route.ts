import { requireStaffForApi } from '@/lib/auth';
import { recordAuditAccess } from '@/lib/compliance/audit-access';
import { csvDisposition } from '@/lib/compliance/csv';
import { dashboardDatasetCsv } from '@/lib/compliance/exports';
import { dashboardDatasetSchema, dashboardQuerySchema } from '@/lib/compliance/schema';
import { apiHandler } from '@/lib/http/api-handler';
import { parseParam, parseSearchParams } from '@/lib/http/parse';
import { z } from 'zod';

/** The numbers behind one chart or list of the compliance dashboard, as CSV. */
export const GET = apiHandler<{ dataset: string }>(async (request, context) => {
  const staff = await requireStaffForApi(request, 'audit.view');
  const { dataset } = parseParam(z.object({ dataset: dashboardDatasetSchema }), await context.params, '');
  const { weeks } = parseSearchParams(request, dashboardQuerySchema);
  await recordAuditAccess(staff.staffUserId, 'audit.exported', { view: 'dashboard', weeks, dataset });
  return new Response(await dashboardDatasetCsv(dataset, weeks), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': csvDisposition(`wglad-${dataset}-${weeks}w`), 'cache-control': 'no-store' },
  });
});
