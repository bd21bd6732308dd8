// appendEvents: several events in one go give the chains appendEvent would give, one by one.
import { afterEach, expect, it } from 'vitest';
import { forEachDatabase, createTestStore } from '../support/databases.js';
import { appendEvent, readChain, type NewEvent } from '../../src/store/repos/timeline.js';
import { appendEvents } from '../../src/store/repos/timeline-append-many.js';
import { eventHash } from '../../src/core/timeline/hash.js';
import { verifyAudit } from '../../src/app/audit/verify-audit.js';
import type { StoredEvent } from '../../src/core/timeline/verify.js';
import type { Store } from '../../src/store/db.js';

forEachDatabase('appending several timeline events at once', (dialect) => {
  let cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup) await c();
    cleanup = [];
  });

  async function store(): Promise<Store> {
    const { store, dispose } = await createTestStore(dialect);
    cleanup.push(dispose);
    return store;
  }

  const event = (chainId: string, i: number, extra: Partial<NewEvent> = {}): NewEvent => ({
    chainId,
    at: new Date(Date.UTC(2026, 11, 1, 9, 0, i)).toISOString(),
    actorId: null,
    type: 'report.updated',
    subject: `report-${i}`,
    payload: { source: 'alertmanager', times_received: i, nested: { b: 1, a: [i, null] } },
    ...extra,
  });

  async function chain(s: Store, chainId: string): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    for await (const e of readChain(s.db, chainId)) events.push(e);
    return events;
  }

  it('gives the same chains as appending one by one: sequence numbers, links and hashes', async () => {
    const one = await store();
    const many = await store();
    // Two chains, interleaved, the second one new; then a second batch on top of the first.
    const first = [event('org', 1), event('inc-1', 2), event('org', 3), event('org', 4), event('inc-1', 5)];
    const second = Array.from({ length: 12 }, (_, i) => event(i % 3 === 0 ? 'inc-1' : 'org', 10 + i));
    for (const batch of [first, second]) {
      await one.db.transaction().execute(async (tx) => {
        for (const e of batch) await appendEvent(tx, dialect, e);
      });
      await many.db.transaction().execute((tx) => appendEvents(tx, dialect, batch));
    }
    for (const chainId of ['org', 'inc-1']) {
      const a = await chain(one, chainId);
      const b = await chain(many, chainId);
      expect(b.length).toBe(a.length);
      // Only the ids differ (random); everything the hash covers is the same, and so is the hash.
      expect(b.map(({ id: _, ...rest }) => rest)).toEqual(a.map(({ id: _, ...rest }) => rest));
      for (const e of b) expect(e.hash).toBe(eventHash(e));
    }
    expect(await verifyAudit(many)).toMatchObject({ intact: true, events: 17, chains: 2 });
    const heads = await many.db.selectFrom('timeline_chains').selectAll().orderBy('chain_id').execute();
    const org = await chain(many, 'org');
    expect(heads.find((h) => h.chain_id === 'org')).toMatchObject({
      last_seq: org.length,
      last_hash: org[org.length - 1]!.hash,
    });
  });

  it('continues a chain that appendEvent started, and appendEvent continues it after', async () => {
    const s = await store();
    await s.db.transaction().execute((tx) => appendEvent(tx, dialect, event('org', 1)));
    await s.db.transaction().execute((tx) => appendEvents(tx, dialect, [event('org', 2), event('org', 3)]));
    await s.db.transaction().execute((tx) => appendEvent(tx, dialect, event('org', 4)));
    expect((await chain(s, 'org')).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await verifyAudit(s)).toMatchObject({ intact: true, events: 4, chains: 1 });
  });

  it('appends more events than one statement takes', async () => {
    const s = await store();
    const batch = Array.from({ length: 1201 }, (_, i) => event(i % 2 ? 'org' : 'inc-3', i));
    await s.db.transaction().execute((tx) => appendEvents(tx, dialect, batch));
    expect((await chain(s, 'org')).length).toBe(600);
    expect(await verifyAudit(s)).toMatchObject({ intact: true, events: 1201, chains: 2 });
  });

  it('writes nothing when the transaction fails, and nothing for an empty list', async () => {
    const s = await store();
    await expect(
      s.db.transaction().execute(async (tx) => {
        await appendEvents(tx, dialect, [event('org', 1), event('inc-2', 2)]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await s.db.transaction().execute((tx) => appendEvents(tx, dialect, []));
    expect(await chain(s, 'org')).toEqual([]);
    expect(await s.db.selectFrom('timeline_chains').selectAll().execute()).toEqual([]);
  });

  it('keeps one gapless chain under concurrent batches', async () => {
    const s = await store();
    await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        s.db
          .transaction()
          .execute((tx) => appendEvents(tx, dialect, [event('org', n * 3), event('org', n * 3 + 1)])),
      ),
    );
    expect((await chain(s, 'org')).map((e) => e.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(await verifyAudit(s)).toMatchObject({ intact: true, events: 16 });
  });
});
