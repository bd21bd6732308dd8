// Fuzzing every /api/v1 route as an admin (who may do everything) on both databases: generated and malformed
// input never gets a 5xx, a refusal is a problem+json with a detail that changed nothing in the database, a body
// the route's own schema refuses is a 400 naming the field at fault, and the server stays up after each route.
import fc from 'fast-check';
import { afterAll, beforeAll, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { apiCases, fieldProblems, type ApiCase } from './support/cases.js';
import { exchange, fuzz, healthy, runsFor, spent, timeoutFor } from './support/check.js';
import { adminHeaders, buildWorld, realParams, stillAdmin, type World } from './support/world.js';

forEachDatabase('fuzz: every API route as an admin', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(dialect);
  }, 120_000);
  afterAll(async () => {
    // Where a long run's time went (fingerprints against requests), to tune it.
    if (process.env.STORMBELL_FUZZ_RUNS) console.log(`fuzz ${dialect}: ${JSON.stringify(spent)}`);
    await w?.server.close();
  });

  for (const route of apiRoutes) {
    const label = `${route.method} ${route.url} [${dialect}]`;
    it(
      label,
      async () => {
        const tuples = await realParams(w, route.url);
        // The admin's headers, with the odd Accept-Language now and then (the problem's language follows it).
        const languages = fc.oneof(
          { weight: 4, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom('*', 'xx', 'nl;q=abc', 'en-GB,nl;q=0.5', ','.repeat(500)) },
        );
        const cases: fc.Arbitrary<ApiCase> = fc
          .tuple(apiCases(route, tuples), languages)
          .map(([c, lang]) => ({
            ...c,
            headers: {
              ...c.headers,
              ...adminHeaders(w),
              ...(lang === null ? {} : { 'accept-language': lang }),
            },
          }));
        await fuzz(
          label,
          cases,
          async (c) => {
            await exchange(w, c, (answer) => fieldProblems(c, answer));
          },
          runsFor(route),
          // Every route that takes a body gets the JSON body `null` once, at a real address.
          route.body
            ? [
                {
                  method: route.method,
                  path: route.url.replace(/:(\w+)/g, (_, n: string) =>
                    encodeURIComponent(tuples[0]?.[n] ?? 'x'),
                  ),
                  headers: { 'content-type': 'application/json', ...adminHeaders(w) },
                  body: 'null',
                  note: 'the JSON body null',
                },
              ]
            : [],
        );
        await healthy(w);
        await stillAdmin(w);
      },
      timeoutFor(runsFor(route)),
    );
  }
});
