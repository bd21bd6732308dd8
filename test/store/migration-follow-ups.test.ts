// Migration 0006 changes the obligations' uniqueness (SQLite rebuilds the table): existing obligations and their
// reminders survive it unchanged, the foreign keys still hold, and a second obligation of one kind (a follow-up)
// becomes possible while a duplicate first one is still refused. On both databases.
import { afterEach, expect, it } from 'vitest';
import { Migrator } from 'kysely';
import { createTestDatabase, forEachDatabase } from '../support/databases.js';
import { openStore, migrate, type Store } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations/index.js';

forEachDatabase('migration 0006: follow-up notifications', (dialect) => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()!();
  });

  async function storeAt(migration: string): Promise<Store> {
    const db = await createTestDatabase(dialect);
    const store = openStore(db.target);
    cleanup.push(async () => {
      await store.close();
      await db.drop();
    });
    const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => migrations } });
    const { error } = await migrator.migrateTo(migration);
    if (error) throw error;
    return store;
  }

  const obligation = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
    id,
    incident_id: 'inc-1',
    kind,
    status: 'submitted',
    created_at: '2027-01-05T10:00:00.000Z',
    submitted_at: '2027-01-06T10:00:00.000Z',
    reference: 'AP-123',
    document: '{"title":"x"}',
    ...extra,
  });

  it('keeps every obligation and reminder, and allows numbered follow-ups of one kind', async () => {
    const store = await storeAt('0005-legal');
    const db = store.db as any;
    await db
      .insertInto('incidents')
      .values({
        id: 'inc-1',
        reference: 'INC-2027-0001',
        title: 'Leak',
        scenario_id: 'data_breach',
        severity_id: 'sev2',
        phase: 'containment',
        restricted: 0,
        exercise: 0,
        personal_data: 'yes',
        awareness_at: '2027-01-05T09:00:00.000Z',
        declared_at: '2027-01-05T09:00:00.000Z',
        plan_version: 1,
        phase_changed_at: '2027-01-05T09:00:00.000Z',
        updated_at: '2027-01-05T09:00:00.000Z',
      })
      .execute();
    await db.insertInto('obligations').values(obligation('ob-1', 'gdpr_authority')).execute();
    await db
      .insertInto('obligations')
      .values(obligation('ob-2', 'gdpr_register', { status: 'open', reference: null }))
      .execute();
    await db
      .insertInto('obligation_reminders')
      .values({ obligation_id: 'ob-1', step: '50', due_at: '2027-01-06T21:00:00.000Z', sent_at: 'x' })
      .execute();

    await migrate(store);

    const rows = await db.selectFrom('obligations').selectAll().orderBy('id').execute();
    expect(
      rows.map((r: any) => [r.id, r.kind, r.status, r.reference, Number(r.sequence), r.follows_id]),
    ).toEqual([
      ['ob-1', 'gdpr_authority', 'submitted', 'AP-123', 0, null],
      ['ob-2', 'gdpr_register', 'open', null, 0, null],
    ]);
    expect(await db.selectFrom('obligation_reminders').selectAll().execute()).toHaveLength(1);

    // Two follow-ups of one kind, numbered; a second first notification is still refused.
    await db
      .insertInto('obligations')
      .values(obligation('ob-3', 'gdpr_follow_up', { follows_id: 'ob-1', sequence: 1 }))
      .execute();
    await db
      .insertInto('obligations')
      .values(obligation('ob-4', 'gdpr_follow_up', { follows_id: 'ob-1', sequence: 2 }))
      .execute();
    await expect(
      db.insertInto('obligations').values(obligation('ob-5', 'gdpr_authority')).execute(),
    ).rejects.toThrow();
    // The reminders still refer to obligations that exist (the foreign key moved with the rebuild).
    await expect(
      db
        .insertInto('obligation_reminders')
        .values({ obligation_id: 'nope', step: '50', due_at: 'x', sent_at: 'x' })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('obligation_reminders')
      .values({ obligation_id: 'ob-3', step: '50', due_at: 'x', sent_at: 'x' })
      .execute();
  });
});
