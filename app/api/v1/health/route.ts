import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { checkHealth } from '@/lib/health/queries';

export const dynamic = 'force-dynamic';

export const GET = apiHandler(async () => {
  const report = await checkHealth();
  return jsonResponse(report, { status: report.status === 'ok' ? 200 : 503 });
});
