import 'server-only';
import { jsonResponse } from '@/lib/http/api-handler';
import type { ErasureCertificateView } from './certificate-schema';

/** The certificate as JSON; a browser following the link saves it as a file named after the request. */
export function certificateJsonResponse(view: ErasureCertificateView): Response {
  return jsonResponse(view, { headers: { 'content-disposition': `inline; filename="erasure-certificate-${view.certificate.requestId}.json"` } });
}
