import { z } from 'zod';
import { auditFilterSchema, dashboardDatasets, dashboardWeeksOptions } from '@/lib/compliance/schema';
import { customerUpsertSchema } from '@/lib/customers/schema';
import { challengeRequestSchema, verifyRequestSchema } from '@/lib/identity/schema';
import { fileRequestSchema } from '@/lib/requests/schema';
import { decisionSchema, holdSchema, liftHoldSchema, staffSignInSchema } from '@/lib/staff/schema';
import { erasureCertificateSchema } from '@/lib/fulfilment/certificate-schema';
import { recordingMetadataSchema, transcriptSchema } from '@/lib/recordings/schema';

/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Request bodies
 * come from the same zod schemas the handlers parse with, so the document cannot drift
 * from what the API accepts.
 */

const problem = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), problem]));
const bearer = [{ bearer: [] }];
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

function jsonSchemaOf(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

/** The explorer's filters as query parameters, from the schema the export parses with. */
const auditFilterParameters = Object.entries(auditFilterSchema.shape).map(([name, schema]) => {
  const { $schema: _dialect, ...described } = jsonSchemaOf(schema) as Record<string, unknown>;
  return { name, in: 'query', required: false, schema: described };
});
const csvResponse = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
const auditedExport = 'Needs the audit.view permission (auditor, DPO, admin). The export is itself recorded in the audit log (audit.exported) with the filter used.';

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wgląd API',
      version: '1.0.0',
      description: 'The portal’s contract with telephony, CRM, customer apps and back-office tooling. Errors are application/problem+json.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
        Health: {
          type: 'object',
          properties: { status: { enum: ['ok', 'degraded'] }, database: { enum: ['ok', 'down'] }, storage: { enum: ['ok', 'down'] } },
        },
        RecordingMetadata: jsonSchemaOf(recordingMetadataSchema),
        CustomerUpsert: jsonSchemaOf(customerUpsertSchema),
        Transcript: jsonSchemaOf(transcriptSchema),
        ErasureCertificate: jsonSchemaOf(erasureCertificateSchema),
        IngestResult: {
          type: 'object',
          properties: { id: { type: 'string' }, externalId: { type: 'string' }, status: { enum: ['available', 'quarantined'] } },
        },
        ConsentCheck: {
          type: 'object',
          properties: {
            phone: { type: 'string' },
            recordingAllowed: { type: 'boolean' },
            purposes: { type: 'object', additionalProperties: { type: 'boolean' } },
          },
        },
      },
    },
    paths: {
      '/health': {
        get: {
          summary: 'Whether the portal can serve',
          security: [],
          responses: {
            '200': { description: 'Database and storage answer', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' }, example: { status: 'ok', database: 'ok', storage: 'ok' } } } },
            '503': { description: 'Something is down; the body names it', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } },
          },
        },
      },
      '/customers/{customerNumber}': {
        put: {
          summary: 'Create or update a customer and their line ownership windows (CRM)',
          description: 'The lines sent replace the ones held. A window overlapping another customer’s on the same number is refused with 409.',
          parameters: [{ name: 'customerNumber', in: 'path', required: true, schema: { type: 'string' }, example: 'C-1001' }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/CustomerUpsert' },
                example: { fullName: 'Anna Nowak', email: 'anna@example.com', lines: [{ phone: '+48600100200', activeFrom: '2024-01-01T00:00:00Z', activeTo: null }] },
              },
            },
          },
          responses: { '200': { description: 'Updated' }, '201': { description: 'Created' }, ...problems(400, 401, 409, 415) },
        },
      },
      '/recordings': {
        post: {
          summary: 'Ingest a recorded call (telephony)',
          description:
            'Streams the audio into encrypted storage. The same externalId with the same audio answers 200 with the same id (retries are safe); with other audio, 409. A call made for purposes whose consent was withdrawn is stored as "quarantined".',
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['audio', 'metadata'],
                  properties: { audio: { type: 'string', format: 'binary', description: 'WAV, MP3 or Ogg/Opus' }, metadata: { $ref: '#/components/schemas/RecordingMetadata' } },
                },
                encoding: { metadata: { contentType: 'application/json' } },
                example: {
                  metadata: {
                    externalId: 'pbx-2026-000123',
                    phone: '+48600100200',
                    startedAt: '2026-11-28T10:15:00Z',
                    durationSeconds: 312,
                    direction: 'inbound',
                    agentName: 'Anna K.',
                    purposes: ['quality'],
                    legalBasis: 'consent',
                    consent: { method: 'ivr', givenAt: '2026-11-28T10:15:00Z' },
                  },
                },
              },
            },
          },
          responses: {
            '201': { description: 'Stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestResult' } } } },
            '200': { description: 'Already stored with the same audio', content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestResult' } } } },
            ...problems(400, 401, 409, 413, 415),
          },
        },
      },
      '/recordings/{id}/transcript': {
        put: {
          summary: 'Attach or replace the transcript of a call',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { type: 'object', properties: { transcript: { $ref: '#/components/schemas/Transcript' } } },
                example: { transcript: [{ startMs: 0, endMs: 2400, speaker: 'agent', text: 'Dzień dobry, w czym mogę pomóc?' }] },
              },
            },
          },
          responses: { '200': { description: 'Stored' }, ...problems(400, 401, 404, 410, 415) },
        },
      },
      '/consent-check': {
        get: {
          summary: 'May this caller be recorded, and for which purposes? (IVR, before recording)',
          parameters: [{ name: 'phone', in: 'query', required: true, schema: { type: 'string' }, example: '+48600100200' }],
          responses: {
            '200': {
              description: 'The answer, reflecting a withdrawal the moment it was filed',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/ConsentCheck' },
                  example: { phone: '+48600100200', recordingAllowed: true, purposes: { quality: false, training: true, contract: true, legal_evidence: true, security: true } },
                },
              },
            },
            ...problems(400, 401),
          },
        },
      },
      '/auth/challenge': {
        post: {
          summary: 'Start a customer sign-in: a one-time code goes by SMS when the phone and customer number match',
          security: [],
          description: 'Always 202, in about the same time, whether or not the pair matches (no enumeration). Rate limited per phone and per address (429 with Retry-After).',
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(challengeRequestSchema), example: { phone: '+48600100200', customerNumber: 'C-1001' } } } },
          responses: { '202': { description: 'Challenge started', content: { 'application/json': { example: { challengeId: 'cm…', expiresAt: '2026-11-28T10:20:00Z' } } } }, ...problems(400, 429) },
        },
      },
      '/auth/verify': {
        post: {
          summary: 'Exchange the one-time code for a bearer token (30 minutes idle; fresh for 10 minutes)',
          security: [],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(verifyRequestSchema), example: { challengeId: 'cm…', code: '123456' } } } },
          responses: { '200': { description: 'Signed in', content: { 'application/json': { example: { token: '…', expiresAt: '2026-11-28T10:45:00Z' } } } }, ...problems(400, 401) },
        },
      },
      '/me/recordings': {
        get: {
          summary: 'The caller’s calls, newest first (cursor-paginated)',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'purpose', in: 'query', schema: { enum: ['quality', 'training', 'contract', 'legal_evidence', 'security'] } },
          ],
          responses: { '200': { description: '{ items, nextCursor }' }, ...problems(400, 401) },
        },
      },
      '/me/recordings/{id}': {
        get: { summary: 'One call with its transcript, consent history and recipients', parameters: [idParameter], responses: { '200': { description: 'The call' }, ...problems(401, 404) } },
      },
      '/me/recordings/{id}/audio': {
        get: {
          summary: 'The audio, with byte ranges (206) for seeking; every playback is audited',
          parameters: [idParameter, { name: 'Range', in: 'header', schema: { type: 'string' }, example: 'bytes=0-65535' }],
          responses: { '200': { description: 'The whole file' }, '206': { description: 'A byte range' }, ...problems(401, 404, 410, 416) },
        },
      },
      '/me/requests': {
        post: {
          summary: 'File a request (access, erasure, consent_withdrawal, objection, restriction)',
          description: 'Due one calendar month later (next working day in Poland). An erasure needs a verification from the last 10 minutes (401 …/reverification-required). A consent withdrawal takes effect at once and is completed at once.',
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(fileRequestSchema), example: { type: 'erasure', recordingIds: ['cm…'], message: 'Proszę usunąć to nagranie.' } } } },
          responses: { '201': { description: '{ id, type, status, receivedAt, dueAt }' }, ...problems(400, 401, 404) },
        },
        get: { summary: 'The caller’s requests, newest first', responses: { '200': { description: '{ items, nextCursor }' }, ...problems(400, 401) } },
      },
      '/me/requests/{id}': {
        get: { summary: 'One request with its outcome per call, timeline, package link and erasure certificate link', parameters: [idParameter], responses: { '200': { description: 'The request' }, ...problems(401, 404) } },
      },
      '/me/requests/{id}/certificate': {
        get: {
          summary: 'The erasure certificate of a fulfilled erasure request',
          description: 'What was destroyed per call and when, what was kept and why, and the audit chain positions that record it. 404 when the request is not the caller’s or has no certificate (only erasure requests that were carried out have one).',
          parameters: [idParameter],
          responses: { '200': { description: 'The certificate', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErasureCertificate' } } } }, ...problems(401, 404) },
        },
      },
      '/me/requests/{id}/package': {
        get: {
          summary: 'Download the access package (ZIP) of a completed access request',
          parameters: [idParameter],
          responses: { '200': { description: 'application/zip' }, ...problems(401, 404, 409, 410) },
        },
      },
      '/staff/auth': {
        post: {
          summary: 'Staff sign-in for tooling (TOTP required once enrolled)',
          security: [],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(staffSignInSchema), example: { email: 'dpo@example.com', password: '…', totp: '123456' } } } },
          responses: { '200': { description: '{ token, expiresAt }' }, ...problems(400, 401, 429) },
        },
      },
      '/staff/requests': {
        get: {
          summary: 'The request queue, oldest due date first',
          parameters: ['status', 'type', 'assignee', 'q', 'cursor'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { '200': { description: '{ items, nextCursor }: each item as the customer sees it plus customerNumber' }, ...problems(400, 401, 403) },
        },
      },
      '/staff/requests/{id}/actions': {
        post: {
          summary: 'Approve, reject (with a legal ground) or extend (with a reason) a request',
          description: 'An agent’s erasure approval or rejection becomes a proposal for a DPO (four eyes). Acting on an ended request is a 409.',
          parameters: [idParameter],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(decisionSchema), example: { action: 'reject', reason: 'Żądanie jest ewidentnie nieuzasadnione.', legalGround: 'art_12_5_manifestly_unfounded' } } } },
          responses: { '200': { description: '{ status, proposalId? }' }, ...problems(400, 401, 403, 404, 409) },
        },
      },
      '/staff/requests/{id}/certificate': {
        get: {
          summary: 'The erasure certificate of a request, as its customer sees it (requests.view)',
          parameters: [idParameter],
          responses: { '200': { description: 'The certificate', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErasureCertificate' } } } }, ...problems(401, 403, 404) },
        },
      },
      '/staff/recordings/{id}/hold': {
        post: { summary: 'Place a legal hold', parameters: [idParameter], requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(holdSchema) } } }, responses: { '201': { description: 'Held' }, ...problems(400, 401, 403, 404, 409, 410) } },
        delete: { summary: 'Lift the legal hold', parameters: [idParameter], requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(liftHoldSchema) } } }, responses: { '200': { description: 'Lifted' }, ...problems(400, 401, 403, 404) } },
      },
      '/staff/recordings/{id}/audio': {
        get: {
          summary: 'Staff playback with a stated purpose (audited); a restricted call only for legal claims',
          parameters: [idParameter, { name: 'purpose', in: 'query', required: true, schema: { enum: ['request_handling', 'quality_review', 'complaint', 'legal_claims'] } }, { name: 'reason', in: 'query', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'Audio' }, '206': { description: 'A byte range' }, ...problems(400, 401, 403, 404, 410) },
        },
      },
      '/me/recordings/{id}/plays': {
        post: { summary: 'The portal player reports that the customer pressed play (the audited playback)', parameters: [idParameter], responses: { '204': { description: 'Recorded' }, ...problems(401, 404, 410) } },
      },
      '/staff/audit/export': {
        get: {
          summary: 'The audit log under the explorer’s filters, as CSV (streamed, oldest last)',
          description: `${auditedExport} Days are Europe/Warsaw calendar days, both inclusive.`,
          parameters: auditFilterParameters,
          responses: { '200': csvResponse('seq, times, type and meaning, actor, customer, call, request and details of every matching event'), ...problems(400, 401, 403) },
        },
      },
      '/staff/audit/calls/{id}/export': {
        get: {
          summary: 'One call’s access history (playbacks, downloads, exports) and its other events, as CSV',
          description: auditedExport,
          parameters: [{ ...idParameter, description: 'The portal’s id of the call or telephony’s externalId' }],
          responses: { '200': csvResponse('section (access or other) followed by the audit export’s columns'), ...problems(400, 401, 403, 404) },
        },
      },
      '/staff/audit/dashboard/{dataset}': {
        get: {
          summary: 'The numbers behind one chart or list of the compliance dashboard, as CSV',
          description: auditedExport,
          parameters: [
            { name: 'dataset', in: 'path', required: true, schema: { enum: [...dashboardDatasets] } },
            { name: 'weeks', in: 'query', required: false, schema: { enum: dashboardWeeksOptions.map(String), default: '12' } },
          ],
          responses: { '200': csvResponse('one row per week or per item of the data set'), ...problems(400, 401, 403) },
        },
      },
      '/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document' } } },
      },
    },
    security: bearer,
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
