import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestServer, type TestServer } from '../support/server.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { defineRoute } from '../../src/http/route.js';

describe('OpenAPI document and default deny', () => {
  let server: TestServer;
  let doc: any;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
  });
  afterAll(() => server?.close());

  it('is a valid OpenAPI 3.1 document by an independent validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route the server has, with its access level', () => {
    const described = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { 'x-stormbell-access': string }>).map(([m, op]) => ({
        key: `${m.toUpperCase()} ${path}`,
        access: op['x-stormbell-access'],
      })),
    );
    const routes = apiRoutes.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(described.map((d) => d.key).sort()).toEqual([...routes].sort());
    for (const d of described) expect(['public', 'viewer', 'responder', 'admin']).toContain(d.access);
  });

  it('documents request bodies from the same schemas that validate them', () => {
    const body = doc.paths['/api/v1/accounts'].post.requestBody.content['application/json'].schema;
    expect(body.required.sort()).toEqual(['access_level', 'email', 'language', 'name']);
    expect(body.properties.access_level.enum).toEqual(['viewer', 'responder', 'admin']);
    expect(body.additionalProperties).toBe(false);
  });

  it('refuses to define a route that does not say who may call it', () => {
    expect(() =>
      defineRoute({
        method: 'GET',
        url: '/api/v1/oops',
        summary: 'x',
        tag: 'x',
        responses: { 200: null },
        handler: async () => null,
      } as never),
    ).toThrow(/declares no access level/);
  });

  it('a route that is not public answers 401 to an anonymous caller', async () => {
    for (const r of apiRoutes.filter((r) => r.access !== 'public')) {
      const url = r.url.replace(/:(\w+)/g, 'x');
      const res = await fetch(`${server.url}${url}`, {
        method: r.method,
        headers: r.method === 'GET' || r.method === 'DELETE' ? {} : { 'content-type': 'application/json' },
        ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { body: '{}' }),
      });
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });
});
