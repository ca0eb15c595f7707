import { z } from 'zod';
import { customerUpsertSchema } from '@/lib/customers/schema';
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

function jsonSchemaOf(schema: z.ZodType) {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

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
      '/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document' } } },
      },
    },
    security: bearer,
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
