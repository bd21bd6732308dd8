import { afterEach, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { forEachDatabase, createTestStore } from '../support/databases.js';
import { appendEvent, readChain } from '../../src/store/repos/timeline.js';
import { verifyAudit } from '../../src/app/audit/verify-audit.js';
import type { Store } from '../../src/store/db.js';

const run = promisify(execFile);

forEachDatabase('timeline hash chain and audit verify', (dialect) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup) await c();
    cleanup = [];
  });

  async function storeWithEvents(perChain: number, chains: string[]): Promise<{ store: Store; url: string }> {
    const { store, db, dispose } = await createTestStore(dialect);
    cleanup.push(dispose);
    for (const chainId of chains) {
      for (let i = 0; i < perChain; i++) {
        await store.db.transaction().execute((tx) =>
          appendEvent(tx, dialect, {
            chainId,
            at: new Date(Date.UTC(2026, 10, 27, 9, 0, i)).toISOString(),
            actorId: 'a1',
            type: 'note.added',
            payload: { text: `note ${i}` },
          }),
        );
      }
    }
    return { store, url: db.url };
  }

  it('says intact with the event count', async () => {
    const { store } = await storeWithEvents(5, ['org', 'inc-1']);
    const result = await verifyAudit(store);
    expect(result).toMatchObject({ intact: true, events: 10, chains: 2 });
  });

  it('names an event whose content was changed in the database', async () => {
    const { store } = await storeWithEvents(5, ['org', 'inc-1']);
    await store.db
      .updateTable('timeline_events')
      .set({ payload: '{"text":"rewritten"}' })
      .where('chain_id', '=', 'inc-1')
      .where('seq', '=', 3)
      .execute();
    const result = await verifyAudit(store);
    expect(result.intact).toBe(false);
    expect(result.problem).toMatchObject({ kind: 'changed', chainId: 'inc-1', seq: 3 });
    expect(result.message).toContain('number 3 in chain inc-1');
  });

  it('notices a removed event and a removed newest event', async () => {
    const { store } = await storeWithEvents(5, ['org']);
    await store.db.deleteFrom('timeline_events').where('seq', '=', 2).execute();
    expect((await verifyAudit(store)).problem).toMatchObject({ kind: 'missing', seq: 2 });

    const second = await storeWithEvents(5, ['org']);
    await second.store.db.deleteFrom('timeline_events').where('seq', '=', 5).execute();
    expect((await verifyAudit(second.store)).problem).toMatchObject({ kind: 'missing', seq: 5 });
  });

  it('notices reordered events (times swapped)', async () => {
    const { store } = await storeWithEvents(4, ['org']);
    const rows = await store.db.selectFrom('timeline_events').select(['seq', 'at']).orderBy('seq').execute();
    await store.db.updateTable('timeline_events').set({ at: rows[2]!.at }).where('seq', '=', 2).execute();
    await store.db.updateTable('timeline_events').set({ at: rows[1]!.at }).where('seq', '=', 3).execute();
    expect((await verifyAudit(store)).problem).toMatchObject({ kind: 'changed', seq: 2 });
  });

  it('keeps one gapless chain under concurrent appends, and appends to other chains go on', async () => {
    const { store } = await storeWithEvents(0, []);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.db.transaction().execute((tx) =>
          appendEvent(tx, dialect, {
            chainId: i % 2 ? 'org' : 'inc-2',
            at: new Date().toISOString(),
            actorId: null,
            type: 't',
            payload: { i },
          }),
        ),
      ),
    );
    const seqs: number[] = [];
    for await (const e of readChain(store.db, 'org')) seqs.push(e.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await verifyAudit(store)).toMatchObject({ intact: true, events: 40 });
  });

  it('writes nothing when the change it records fails (same transaction)', async () => {
    const { store } = await storeWithEvents(1, ['org']);
    await expect(
      store.db.transaction().execute(async (tx) => {
        await appendEvent(tx, dialect, {
          chainId: 'org',
          at: new Date().toISOString(),
          actorId: null,
          type: 'doomed',
          payload: {},
        });
        await sql`select * from no_such_table`.execute(tx);
      }),
    ).rejects.toThrow();
    const n = await store.db
      .selectFrom('timeline_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect((await verifyAudit(store)).intact).toBe(true);
  });

  it('`stormbell audit verify` exits 0 with "intact", and 1 naming the tampered event', async () => {
    const { store, url } = await storeWithEvents(3, ['org']);
    const env = { ...process.env, STORMBELL_DATABASE_URL: url };
    const ok = await run(process.execPath, ['bin/stormbell.js', 'audit', 'verify'], { env });
    expect(ok.stdout).toContain('intact: 3 events in 1 chain');
    await store.db.updateTable('timeline_events').set({ type: 'forged' }).where('seq', '=', 2).execute();
    const bad = await run(process.execPath, ['bin/stormbell.js', 'audit', 'verify'], { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stderr: string }).stderr).toMatch(
      /TAMPERED: event [0-9a-f-]+ \(number 2 in the organisation chain, type forged\) was changed/,
    );
  });
});
