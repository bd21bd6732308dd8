// Builds the OpenAPI 3.1 document from the same route list and zod schemas that validate the requests.
import { z } from 'zod';
import type { AnyRoute } from './route.js';
import { version } from '../app/version.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

function openApiPath(url: string): { path: string; names: string[] } {
  const names: string[] = [];
  const path = url.replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return `{${name}}`;
  });
  return { path, names };
}

export function buildOpenApi(routes: AnyRoute[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const { path, names } = openApiPath(route.url);
    const parameters: unknown[] = [];
    const paramSchema = route.params ? jsonSchema(route.params, 'input') : null;
    for (const name of names) {
      const props = (paramSchema?.properties ?? {}) as Record<string, JsonSchema>;
      parameters.push({ name, in: 'path', required: true, schema: props[name] ?? { type: 'string' } });
    }
    if (route.query) {
      const q = jsonSchema(route.query, 'input');
      const required = new Set((q.required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries((q.properties ?? {}) as Record<string, JsonSchema>)) {
        parameters.push({ name, in: 'query', required: required.has(name), schema });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.responses)) {
      const isProblem = Number(status) >= 400;
      responses[status] = schema
        ? {
            description: isProblem ? 'Problem (RFC 9457)' : 'Success',
            content: {
              [isProblem ? 'application/problem+json' : 'application/json']: {
                schema: jsonSchema(schema, 'output'),
              },
            },
          }
        : route.produces && !isProblem
          ? {
              description: 'Success',
              content: { [route.produces]: { schema: { type: 'string', contentMediaType: route.produces } } },
            }
          : { description: 'Success, no content' };
    }
    const security =
      route.access === 'public'
        ? []
        : route.tokens === false
          ? [{ session: [] }]
          : [{ session: [] }, { bearer: [] }];
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: route.summary,
      tags: [route.tag],
      'x-stormbell-access': route.access,
      security,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stormbell API',
      version,
      description:
        'Incident response and crisis communication. Cookie sessions (with the X-CSRF-Token header on changes) for the web app; bearer API tokens for the CLI and integrations. Errors are application/problem+json (RFC 9457).',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'sb_session' },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token from `stormbell token create` or account settings',
        },
      },
    },
    paths,
  };
}
