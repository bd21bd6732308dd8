// For the backup tests: a Stormbell filled through its API with a bit of everything (plan versions, accounts, an
// incident with decisions, facts, notes, a published message and a review; a breach with its legal duties and a
// follow-up; status page content), backup files read back and rewritten, and a server on an existing database.
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startStormbell } from '../../src/runtime.js';
import { version } from '../../src/app/version.js';
import { openStore, type DatabaseTarget } from '../../src/store/db.js';
import { writeBackup } from '../../src/store/backup/write-backup.js';
import { checkBackupFile } from '../../src/store/backup/read-backup.js';
import { restoreBackup } from '../../src/store/backup/restore-backup.js';
import { ADMIN, Client, setUp, type Answer } from '../support/client.js';
import { declare } from '../incidents/support.js';
import { bilingual, crisisTeam, publish } from '../pages/support.js';
import { gdprAssessment } from '../support/legal.js';

/** Text that breaks naive copying: quotes, markup, accents, emoji (outside the BMP), line breaks, tabs, RTL. */
export const TRICKY =
  'Bestanden “versleuteld” — l’été <b>&amp;</b> 🦠\u{1F9EA}\n\tregel 2 \\ "slash" עברית e\u0301';
/** A note as long as the API takes. */
export const LONG = 'Ω≈ç√∫ '.repeat(1665) + 'einde';

function ok<T>(res: Answer<T>, what: string): T {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

export interface World {
  admin: Client;
  /** The incident with a timeline, a published message and a review. */
  incidentId: string;
  /** The data breach with its legal duties. */
  breachId: string;
}

export async function populate(base: string): Promise<World> {
  const admin = await setUp(base);
  const team = await crisisTeam(admin, base);
  await bilingual(admin, ['customers']);
  const incident = await declare(admin, {
    title: TRICKY,
    awareness_at: new Date(Date.now() - 45 * 60_000).toISOString(),
  });
  const path = `/api/v1/incidents/${incident.id}`;
  ok(await admin.post(`${path}/decisions`, { title: 'Servers offline', rationale: TRICKY }), 'decision');
  ok(
    await admin.request('PUT', `${path}/fact-sheet`, {
      what_happened: TRICKY,
      affected: 'Iedereen',
      actions: 'Isolated',
      advice: 'Wait',
      expected_recovery: 'Tomorrow',
    }),
    'fact sheet',
  );
  ok(await admin.post(`${path}/notes`, { text: LONG, pinned: true }), 'note');
  await publish(team, incident.id, {
    audience: 'employees',
    contents: [{ language: 'en', subject: 'Files unavailable', body: TRICKY }],
  });

  const breach = await declare(admin, { scenario_id: 'data_breach', title: 'Klantgegevens gekopieerd' });
  const legalPath = `/api/v1/incidents/${breach.id}`;
  const legal = ok(
    await admin.request(
      'PUT',
      `${legalPath}/assessment`,
      gdprAssessment(TRICKY, { consequences: 'Phishing' }),
    ),
    'assessment',
  ) as { obligations: Array<{ id: string; kind: string }> };
  const first = legal.obligations.find((o) => o.kind === 'gdpr_authority')!;
  ok(await admin.post(`${legalPath}/obligations/${first.id}/submit`, { reference: 'AP-2027-555' }), 'submit');
  // A follow-up refers to the obligation it follows: a row that refers to its own table.
  ok(await admin.post(`${legalPath}/obligations/${first.id}/follow-ups`, {}), 'follow-up');

  const api = '/api/v1/status-page';
  ok(await admin.request('PUT', `${api}/settings`, { title: 'Status — Waterschap' }), 'settings');
  const group = ok(await admin.post(`${api}/groups`, { name: { nl: 'Portaal', en: 'Portal' } }), 'group') as {
    id: string;
  };
  const component = ok(
    await admin.post(`${api}/components`, { name: { nl: 'Inloggen', en: 'Login' }, group_id: group.id }),
    'component',
  ) as { id: string };
  ok(
    await admin.post(`${api}/components/${component.id}/status`, { status: 'major_outage', reason: TRICKY }),
    'status',
  );
  ok(
    await admin.post(`${api}/maintenances`, {
      title: { nl: 'Onderhoud', en: 'Maintenance' },
      scheduled_for: new Date(Date.now() + 86_400_000).toISOString(),
      scheduled_until: new Date(Date.now() + 90_000_000).toISOString(),
      component_ids: [component.id],
    }),
    'maintenance',
  );

  for (const phase of ['containment', 'recovery'])
    ok(await admin.post(`${path}/phase`, { phase }), `phase ${phase}`);
  ok(
    await admin.post(`${path}/review/contributions`, { went_well: TRICKY, went_wrong: 'Late' }),
    'contribution',
  );
  ok(
    await admin.request('PUT', `${path}/review/texts`, { communication_assessment: 'Fine', lessons: TRICKY }),
    'texts',
  );
  ok(await admin.post(`${path}/action-items`, { title: TRICKY, owner_name: 'Facilities' }), 'action item');
  return { admin, incidentId: incident.id, breachId: breach.id };
}

/** Keeps the server writing (notes, new incidents) until `stop()`; counts what it wrote. */
export function keepWriting(admin: Client, incidentId: string) {
  let stopped = false;
  let writes = 0;
  const loop = (async () => {
    for (let i = 0; !stopped; i++) {
      const res =
        i % 4 === 3
          ? await admin.post('/api/v1/incidents', {
              title: `Written during the backup ${i}`,
              scenario_id: 'ransomware',
              severity_id: 'sev2',
            })
          : await admin.post(`/api/v1/incidents/${incidentId}/notes`, { text: `During the backup ${i}` });
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      writes++;
    }
  })();
  return {
    get writes() {
      return writes;
    },
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

export type Line = Record<string, any>;

export function readLines(file: string): Line[] {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

/** Writes lines as a backup file; the trailer's checksum is made to fit unless `keepChecksum`. */
export function writeLines(file: string, lines: Line[], options: { keepChecksum?: boolean } = {}): void {
  const body = lines.slice(0, -1).map((l) => JSON.stringify(l) + '\n');
  const trailer = { ...lines[lines.length - 1]! };
  if (!options.keepChecksum) trailer.sha256 = createHash('sha256').update(body.join('')).digest('hex');
  writeFileSync(file, gzipSync(body.join('') + JSON.stringify(trailer) + '\n'));
}

/** Every row of a backup, by table. */
export function rowsByTable(lines: Line[]): Record<string, Line[]> {
  const out: Record<string, Line[]> = {};
  for (const l of lines) if ('table' in l) (out[l.table] ??= []).push(l.row);
  return out;
}

/** A Stormbell (without the outbox worker) on a database that already exists, e.g. a restored one. */
export async function serveExisting(url: string) {
  const config = loadConfig({
    STORMBELL_DATABASE_URL: url,
    PORT: '0',
    STORMBELL_HOST: '127.0.0.1',
    STORMBELL_LOG_LEVEL: 'silent',
  });
  const running = await startStormbell(config, { logger: false, worker: false });
  return { url: running.url, stop: () => running.stop() };
}

export async function logIn(base: string): Promise<Client> {
  const c = new Client(base);
  ok(await c.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password }), 'login');
  return c;
}

/** A backup written in this process (the CLI's own code without the command around it), read back. */
export async function backUpInProcess(target: DatabaseTarget, file: string): Promise<Line[]> {
  const store = openStore(target, { poolSize: 1 });
  try {
    await writeBackup(store, createWriteStream(file), {
      stormbellVersion: version,
      now: () => new Date().toISOString(),
      describe: store.describe,
    });
  } finally {
    await store.close();
  }
  return readLines(file);
}

/** A restore in this process, as `stormbell restore` does it: the file checked whole first. */
export async function restoreInProcess(target: DatabaseTarget, file: string, force = false) {
  const header = await checkBackupFile(file, version);
  const store = openStore(target, { poolSize: 2 });
  try {
    return await restoreBackup(store, file, header, { force, stormbellVersion: version });
  } finally {
    await store.close();
  }
}
