import { apiHandler, jsonResponse } from '@/lib/http/api-handler';
import { buildOpenApiDocument } from '@/lib/openapi/document';

export const GET = apiHandler(async () => jsonResponse(buildOpenApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } }));
