// `stormbell exercise validate|list|run`: validate works on files alone; list and run go through a running server
// with an API token, and run prints the injects as they fire and the scores as they come.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exerciseList, exerciseRun, exerciseValidate } from '../../src/cli/commands/exercise.js';
import { setUp, type Client } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

const dir = mkdtempSync(join(tmpdir(), 'stormbell-exercise-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** What the command printed to standard output and standard error while `action` ran. */
async function capture<T>(action: () => Promise<T>): Promise<{ result: T; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    const result = await action();
    return { result, out: out.map((l) => `${l}\n`).join(''), err: err.map((l) => `${l}\n`).join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

// Five exercise minutes: five seconds at x60.
const drill = `schema_version: 1
title: Five-minute drill
language: en
scenario: ransomware
duration_minutes: 5
incident:
  declared_by: team
objectives:
  - id: fast
    description: Declare quickly.
roles: [incident_commander, technical_lead]
injects:
  - id: helpdesk
    at: '+00:00'
    title: The helpdesk calls
    body: Files on the S drive do not open.
    to: [technical_lead]
    how: [app]
    from: Service desk
  - id: note
    after:
      inject: helpdesk
      offset: '+00:02'
    title: A ransom note
    body: Pay within 72 hours.
    to: [incident_commander]
    how: [app]
expectations:
  - id: declared
    description: The incident is declared.
    kind: incident_declared
    deadline: '+00:01'
    objective: fast
  - id: containment
    description: The team reaches containment.
    kind: phase_reached
    phase: containment
    deadline: '+00:04'
    objective: fast
`;

describe('stormbell exercise validate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says a valid script is valid, for the plan when given', async () => {
    const ok = await capture(() =>
      exerciseValidate('exercises/ransomware-en.yaml', { plan: 'plans/starter-en.yaml' }),
    );
    expect(ok.result).toBe(0);
    expect(ok.out).toBe(
      'exercises/ransomware-en.yaml: valid script "Ransomware on the file servers" (scenario ransomware, 60 min, 8 injects, 9 expectations) for this plan.\n',
    );
  });

  it('prints every problem as file:line:column and exits 1', async () => {
    const bad = file(
      'bad.yaml',
      drill
        .replace("    at: '+00:00'", '    at: 0:00')
        .replace('how: [app]\n    from', 'how: [sms]\n    from'),
    );
    const result = await capture(() => exerciseValidate(bad, { language: 'nl' }));
    expect(result.result).toBe(1);
    expect(result.err).toBe(
      `${bad}:14:9: inject 'helpdesk': at '0:00' is geen tijd vanaf de start; schrijf die als '+UU:MM' (zoals '+00:15' of '+01:30')\n` +
        `${bad}:18:11: inject 'helpdesk': how onderdeel 1 'sms' is niet toegestaan; kies uit: app, email\n` +
        '2 problems; the script is not valid.\n',
    );
    // Task titles are in the plan's language: an English script on the Dutch plan names tasks it does not have.
    const wrongPlan = await capture(() =>
      exerciseValidate('exercises/portal-outage-en.yaml', { plan: 'plans/starter-nl.yaml' }),
    );
    expect(wrongPlan.result).toBe(1);
    expect(wrongPlan.err).toContain(
      "exercises/portal-outage-en.yaml:195:11: expectation 'standard_answer', 'task': no task of scenario 'ddos_outage' has a title that starts with 'Give customer service a standard answer'; copy the start of the task's title from the plan\n",
    );
    expect(wrongPlan.err).toMatch(/\n3 problems; the script is not valid for this plan\.\n$/);
    await expect(exerciseValidate(join(dir, 'missing.yaml'), {})).rejects.toThrow(
      `There is no file ${join(dir, 'missing.yaml')}.`,
    );
  });
});

// On SQLite only: the CLI speaks HTTP, and the engine's own test runs on both databases.
describe('stormbell exercise list and run, against a running server', () => {
  let server: TestServer;
  let admin: Client;
  let remote: { url: string; token: string };
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    admin = await setUp(server.url);
    const token = (await admin.post('/api/v1/tokens', { name: 'cli' })).body.token as string;
    remote = { url: server.url, token };
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  it('lists the built-in scripts', async () => {
    const { out } = await capture(() => exerciseList(remote));
    expect(out).toContain('Scripts (stormbell exercise run ID):\n');
    for (const id of ['ransomware-en', 'ransomware-nl', 'phishing-data-breach-en', 'portal-outage-nl'])
      expect(out).toMatch(new RegExp(`^  ${id} +(nl|en)  `, 'm'));
    expect(out).toMatch(
      /^ {2}ransomware-en +en {2}Ransomware on the file servers \(scenario ransomware, 60 min, 8 injects, 9 expectations\)$/m,
    );
    expect(out).toContain('Exercises:\n  none yet\n');
  });

  it('runs a script file at x60: prints injects as they fire, scores, ends it, and lists it afterwards', async () => {
    const path = file('drill.yaml', drill);
    let declared = false;
    // The team declares the incident after the first inject arrives, while the CLI follows the exercise.
    const { result, out } = await capture(async () => {
      const run = exerciseRun(path, { ...remote, speed: '60', pollMs: 100 });
      for (let i = 0; i < 100 && !declared; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const list = (await admin.get('/api/v1/exercises')).body.items as Array<{ id: string }>;
        if (list.length === 0) continue;
        const answer = await admin.post(`/api/v1/exercises/${list[0]!.id}/declare`, {});
        declared = answer.status === 200;
      }
      return run;
    });
    expect(declared).toBe(true);
    expect(result).toBe(0);
    expect(out).toMatch(/^Exercise "Five-minute drill" started at x60 \(5 exercise minutes, id [\w-]+\)\.\n/);
    expect(out).toContain('The team declares the exercise incident in Stormbell.\n');
    expect(out).toMatch(
      /\[\+00:00\] INJECT The helpdesk calls - from Service desk\n {9}to technical_lead by app\n {9}Files on the S drive do not open\.\n/,
    );
    expect(out).toMatch(/\[\+00:0[23]\] INJECT A ransom note\n {9}to incident_commander by app\n/);
    // Declared within the first exercise minute or two: met, or late; containment never reached: missed.
    expect(out).toMatch(/\] (MET|LATE) The incident is declared\. \(deadline \+00:01/);
    expect(out).toMatch(/\] MISSED The team reaches containment\. \(deadline \+00:04\)\n/);
    expect(out.indexOf('INJECT The helpdesk calls')).toBeLessThan(out.indexOf('INJECT A ransom note'));
    expect(out).toMatch(
      /Exercise ended\. Score: (50|25)% \((1 met, 0 late|0 met, 1 late), 1 missed of 2\)\.\n$/,
    );

    const listed = await capture(() => exerciseList(remote));
    expect(listed.out).toMatch(
      /^ {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}ended +Five-minute drill \(INC-\d{4}-0001\) {2}score (50|25)%/m,
    );
  }, 30_000);

  it('explains a refused start in words, with the script lines', async () => {
    const before = (await admin.get('/api/v1/exercises')).body.items.length as number;
    await expect(exerciseRun('no-such-script', { ...remote, speed: '60' })).rejects.toThrow(
      '"no-such-script" is neither a script file nor a built-in script; the built-in scripts are: phishing-data-breach-en, phishing-data-breach-nl, portal-outage-en, portal-outage-nl, ransomware-en, ransomware-nl.',
    );
    await expect(exerciseRun('exercises/ransomware-en.yaml', { ...remote, speed: '90' })).rejects.toThrow(
      '--speed must be a whole number from 1 to 60, not "90".',
    );
    const bad = file('bad-run.yaml', drill.replace('scenario: ransomware', 'scenario: flood'));
    await expect(exerciseRun(bad, { ...remote, speed: '60' })).rejects.toThrow(
      /line 4:11: script: scenario 'flood' is not a scenario in the plan/,
    );
    await expect(exerciseList({ url: remote.url, token: 'sb_wrong' })).rejects.toThrow(
      'You are not logged in, or your session has ended. Log in again.',
    );
    // Nothing was started by the refused attempts.
    expect((await admin.get('/api/v1/exercises')).body.items).toHaveLength(before);
  });
});
