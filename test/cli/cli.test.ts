import { afterAll, expect, it } from 'vitest';
import { stormbell } from '../support/cli.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDatabase, createTestDatabase, type TestDatabase } from '../support/databases.js';

forEachDatabase('the stormbell command', (dialect) => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });
  async function database(): Promise<Record<string, string>> {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    return { STORMBELL_DATABASE_URL: db.url };
  }

  it('init reads the password from standard input; token create prints the token alone', async () => {
    const env = await database();
    const init = await stormbell(
      [
        'init',
        '--org',
        'Gemeente Voorbeeld',
        '--name',
        'Anna',
        '--email',
        'anna@example.org',
        '--language',
        'nl',
      ],
      env,
      'a long enough password\n',
    );
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Set up "Gemeente Voorbeeld"');

    const token = await stormbell(
      ['token', 'create', '--email', 'anna@example.org', '--name', 'backup script'],
      env,
    );
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^sb_[A-Za-z0-9_-]{43}\n$/);

    const again = await stormbell(
      ['init', '--org', 'X', '--name', 'B', '--email', 'b@example.org'],
      env,
      'a long enough password\n',
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('stormbell: Stormbell is already set up. Log in instead.\n');

    const verify = await stormbell(['audit', 'verify'], env);
    expect(verify.stdout).toBe('Timeline intact: 4 events in 1 chain.\n');
  });

  it('validates, imports and exports the plan as YAML', async () => {
    const env = await database();
    const valid = await stormbell(['plan', 'validate', 'plans/starter-nl.yaml'], env);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(
      /^plans\/starter-nl\.yaml: valid plan for .* \(8 roles, \d+ people, 5 scenarios\)\.\n$/,
    );

    const text = readFileSync('plans/starter-en.yaml', 'utf8');
    const bad = join(mkdtempSync(join(tmpdir(), 'plan-')), 'bad.yaml');
    writeFileSync(bad, text.replace(/deputies: \[([a-z_]+)\]/, 'deputys: [$1]'));
    const line = text.split('\n').findIndex((l) => /deputies: \[/.test(l)) + 1;
    const invalid = await stormbell(['plan', 'validate', bad], env);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toBe(
      `${bad}:${line}:5: role 'incident_commander': 'deputys' is not a known field here; did you mean 'deputies'?\n1 problem; the plan is not valid.\n`,
    );

    await stormbell(
      ['init', '--org', 'Org', '--name', 'Anna', '--email', 'anna@example.org'],
      env,
      'a long enough password\n',
    );
    const refused = await stormbell(['plan', 'import', bad], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing was imported, the plan in force stays in force');
    const imported = await stormbell(
      ['plan', 'import', 'plans/starter-nl.yaml', '--email', 'anna@example.org'],
      env,
    );
    expect(imported.stdout).toBe('Imported plans/starter-nl.yaml as plan version 2.\n');
    const exported = await stormbell(['plan', 'export'], env);
    expect(exported.stdout).toBe(readFileSync('plans/starter-nl.yaml', 'utf8'));
    expect((await stormbell(['plan', 'validate', 'no-such-file.yaml'], env)).stderr).toBe(
      'stormbell: There is no file no-such-file.yaml.\n',
    );
  });

  it('explains bad input in one sentence, without a stack trace', async () => {
    const env = await database();
    const short = await stormbell(
      ['init', '--org', 'O', '--name', 'N', '--email', 'not-an-email'],
      env,
      'short\n',
    );
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('--email: This is not a valid email address.');
    expect(short.stderr).toContain('--password: Use at least 10 characters.');
    expect(short.stderr).not.toContain('    at ');
    const unknown = await stormbell(['token', 'create', '--email', 'ghost@example.org', '--name', 'x'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('stormbell: There is no account with the email address ghost@example.org.\n');
  });
});

it('a bad PORT stops `stormbell serve` with a sentence about PORT', async () => {
  const res = await stormbell(['serve'], { PORT: 'abc' });
  expect(res.code).toBe(1);
  expect(res.stderr).toBe('stormbell: PORT must be a whole number from 0 to 65535; it is "abc".\n');
});

it('every command has --help; the password is never an option', async () => {
  for (const cmd of [
    ['serve'],
    ['migrate'],
    ['init'],
    ['token', 'create'],
    ['audit', 'verify'],
    ['plan', 'validate'],
    ['plan', 'import'],
    ['plan', 'export'],
  ]) {
    const res = await stormbell([...cmd, '--help'], {});
    expect(res.code, cmd.join(' ')).toBe(0);
    expect(res.stdout).toContain('Usage: stormbell');
  }
  expect((await stormbell(['init', '--help'], {})).stdout).not.toContain('--password');
});

it('--debug adds the stack trace', async () => {
  const res = await stormbell(['migrate', '--debug'], {
    STORMBELL_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  });
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('stormbell: The database refused the connection');
  expect(res.stderr).toContain('    at ');
});
