import { afterAll, beforeAll, expect, it } from 'vitest';
import { stormbell } from '../support/cli.js';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp } from '../support/client.js';

forEachDatabase('stormbell incident, against a running server with an API token', (dialect) => {
  let server: TestServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    const admin = await setUp(server.url);
    const token = (await admin.post('/api/v1/tokens', { name: 'cli' })).body.token;
    env = { STORMBELL_URL: server.url, STORMBELL_TOKEN: token };
  });
  afterAll(() => server?.close());

  it('declares, lists and shows incidents', async () => {
    const declared = await stormbell(
      [
        'incident',
        'declare',
        '--title',
        'Customer portal down',
        '--scenario',
        'ddos_outage',
        '--severity',
        'sev2',
      ],
      env,
    );
    expect(declared.stderr).toBe('');
    expect(declared.stdout).toMatch(
      /^Declared INC-\d{4}-0001: Customer portal down \(8 roles assigned, \d+ tasks\)\.\n$/,
    );
    const reference = /INC-\d{4}-0001/.exec(declared.stdout)![0];

    const list = await stormbell(['incident', 'list'], env);
    expect(list.stdout).toContain(`${reference}  detection`);
    expect(list.stdout).toContain('Customer portal down');

    const show = await stormbell(['incident', 'show', reference], env);
    expect(show.stdout).toContain(`${reference}: Customer portal down`);
    expect(show.stdout).toMatch(/Open tasks \(\d+\):/);

    const json = JSON.parse((await stormbell(['incident', 'show', reference, '--json'], env)).stdout);
    expect(json.reference).toBe(reference);
  });

  it('explains what went wrong in one sentence', async () => {
    const bad = await stormbell(
      ['incident', 'declare', '--title', 'x', '--scenario', 'nope', '--severity', 'sev2'],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      "stormbell: The request has problems; see the fields listed.\n  scenario_id: 'nope' is not a scenario in the response plan.\n",
    );
    expect((await stormbell(['incident', 'list'], { ...env, STORMBELL_TOKEN: 'sb_wrong' })).stderr).toContain(
      'not logged in',
    );
    expect(
      (await stormbell(['incident', 'list'], { STORMBELL_URL: server.url, STORMBELL_TOKEN: '' })).stderr,
    ).toContain('No API token');
    expect((await stormbell(['incident', 'show', 'INC-1999-0001'], env)).stderr).toBe(
      'stormbell: There is no incident here.\n',
    );
  });
});
