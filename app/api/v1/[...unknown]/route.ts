import { problemResponse } from '@/lib/http/problem';

/** Anything under /api/v1 that no route serves answers problem+json, not an HTML page. */
const notFound = async (request: Request) => problemResponse('not_found', { request });

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
