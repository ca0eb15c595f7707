import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';

const apiRoot = path.join(process.cwd(), 'app', 'api', 'v1');
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route file under app/api/v1 as an OpenAPI path ("[id]" → "{id}") with the methods it exports. */
function routes(directory = apiRoot): { path: string; methods: string[] }[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('[...') ? [] : routes(full);
    if (entry.name !== 'route.ts') return [];
    const source = fs.readFileSync(full, 'utf8');
    const apiPath = path.relative(apiRoot, directory).split(path.sep).map((part) => part.replace(/^\[(\w+)\]$/, '{$1}')).join('/');
    return [{ path: `/${apiPath}`, methods: methods.filter((method) => new RegExp(`export const ${method}\\b`).test(source)) }];
  });
}

type Operation = { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, unknown> }> };
const document = buildOpenApiDocument();
const paths = document.paths as unknown as Record<string, Record<string, Operation>>;

describe('the OpenAPI document', () => {
  it('describes every route and method under /api/v1', () => {
    const undocumented = routes().flatMap((route) => route.methods.filter((method) => !paths[route.path]?.[method.toLowerCase()]).map((method) => `${method} ${route.path}`));
    expect(undocumented).toEqual([]);
  });

  it('gives the staff audit exports their parameters and problem+json errors', () => {
    const exportOperation = paths['/staff/audit/export']!.get!;
    expect(exportOperation.parameters!.map((parameter) => parameter.name)).toEqual(['from', 'to', 'actor', 'customer', 'call', 'request', 'type']);
    expect(paths['/staff/audit/dashboard/{dataset}']!.get!.parameters!.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['path:dataset', 'query:weeks']);
    expect(paths['/staff/audit/calls/{id}/export']!.get!.parameters!.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['path:id']);
    for (const apiPath of ['/staff/audit/export', '/staff/audit/calls/{id}/export', '/staff/audit/dashboard/{dataset}']) {
      const responses = paths[apiPath]!.get!.responses;
      expect(Object.keys(responses[200]!.content!)).toEqual(['text/csv']);
      for (const status of ['400', '401', '403']) expect(Object.keys(responses[status]!.content!), `${apiPath} ${status}`).toEqual(['application/problem+json']);
    }
  });
});
