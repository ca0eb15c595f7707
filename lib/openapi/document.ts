import { z } from 'zod';
import { recordingMetadataSchema } from '@/lib/recordings/schema';

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
      '/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'OpenAPI 3.1 document' } } },
      },
    },
    security: bearer,
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
export { problems, bearer, jsonSchemaOf };
