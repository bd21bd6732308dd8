// `audit verify` on worker threads (a large history: one range of chains per thread) finds the same first problem,
// with the same counts, as on one thread. Worker threads load the compiled code, so this runs dist/ (the global
// setup builds it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { forEachDatabase, createTestStore } from '../support/databases.js';
import { appendEvent } from '../../src/store/repos/timeline.js';
import { verifyAudit } from '../../src/app/audit/verify-audit.js';
import type { Store } from '../../src/store/db.js';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'app', 'audit');
let compiled: typeof verifyAudit;
beforeAll(async () => {
  expect(existsSync(join(dist, 'verify-worker.js')), 'dist/ is built (npm run build)').toBe(true);
  const mod = (await import(pathToFileURL(join(dist, 'verify-audit.js')).href)) as {
    verifyAudit: typeof verifyAudit;
  };
  compiled = mod.verifyAudit;
});

forEachDatabase('audit verify on worker threads', (dialect) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup) await c();
    cleanup = [];
  });

  const CHAINS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'org'];

  async function history(): Promise<Store> {
    const { store, dispose } = await createTestStore(dialect);
    cleanup.push(dispose);
    for (const chainId of CHAINS)
      await store.db.transaction().execute(async (tx) => {
        for (let i = 0; i < 4; i++)
          await appendEvent(tx, dialect, {
            chainId,
            at: new Date(Date.UTC(2026, 10, 27, 9, 0, i)).toISOString(),
            actorId: 'a1',
            type: 'note.added',
            payload: { text: `note ${i}`, pinned: i === 1 },
          });
      });
    return store;
  }

  /** Both ways, on three threads and on one, and the answers must be the same. */
  async function both(store: Store) {
    const parallel = await compiled(store, undefined, { workersFrom: 0, workers: 3 });
    const single = await verifyAudit(store);
    expect(parallel).toEqual(single);
    return parallel;
  }

  it('says intact with the same counts', async () => {
    const store = await history();
    expect(await both(store)).toMatchObject({ intact: true, events: 28, chains: 7 });
  });

  it('names the first changed event, in chain order, when later ranges have problems too', async () => {
    const store = await history();
    for (const [chain, seq] of [
      ['c6', 2],
      ['c3', 3],
    ] as const)
      await store.db
        .updateTable('timeline_events')
        .set({ payload: '{"text":"rewritten"}' })
        .where('chain_id', '=', chain)
        .where('seq', '=', seq)
        .execute();
    const r = await both(store);
    expect(r.problem).toMatchObject({ kind: 'changed', chainId: 'c3', seq: 3 });
    expect(r.events).toBe(4 * 2 + 3);
  });

  it('notices removed events, a removed head and events without a head', async () => {
    const store = await history();
    await store.db.deleteFrom('timeline_events').where('chain_id', '=', 'c5').where('seq', '=', 4).execute();
    expect((await both(store)).problem).toMatchObject({ kind: 'missing', chainId: 'c5', seq: 4 });

    const second = await history();
    await second.db.deleteFrom('timeline_chains').where('chain_id', '=', 'c4').execute();
    const headless = await both(second);
    expect(headless.problem).toMatchObject({ kind: 'head_missing', chainId: 'c4' });
    expect(headless.chains).toBe(7);

    const third = await history();
    await third.db.deleteFrom('timeline_events').where('chain_id', '=', 'c2').execute();
    expect((await both(third)).problem).toMatchObject({ kind: 'missing', chainId: 'c2' });
  });
});
