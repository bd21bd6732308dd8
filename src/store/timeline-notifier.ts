// Tells live listeners (the Server-Sent Events streams) that a timeline chain has new events. On PostgreSQL it goes
// through LISTEN/NOTIFY, so every Stormbell process sharing the database hears it; on SQLite (one process) it stays
// in the process.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { sql } from 'kysely';
import type { DatabaseTarget, Store } from './db.js';

const CHANNEL = 'stormbell_timeline';

export class TimelineNotifier {
  private readonly local = new EventEmitter();
  private listener: pg.Client | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly target: DatabaseTarget,
  ) {
    this.local.setMaxListeners(0);
  }

  async start(): Promise<void> {
    if (this.target.dialect !== 'postgres') return;
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.target.dialect !== 'postgres') return;
    const client = new pg.Client({ connectionString: this.target.url });
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.local.emit('chain', n.payload);
    });
    // A lost connection (database restart) is re-opened; listeners keep their subscriptions meanwhile.
    client.on('error', () => {
      this.listener = null;
      setTimeout(() => void this.connect().catch(() => {}), 1000);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    } catch {
      await client.end().catch(() => {});
      setTimeout(() => void this.connect().catch(() => {}), 1000);
    }
  }

  /** Called after a transaction that appended events has committed. */
  async publish(chainIds: Iterable<string>): Promise<void> {
    for (const chainId of new Set(chainIds)) {
      if (this.target.dialect === 'postgres' && this.listener) {
        try {
          await sql`select pg_notify(${CHANNEL}, ${chainId})`.execute(this.store.db);
          continue;
        } catch {
          // Fall through: at least the listeners of this process hear it.
        }
      }
      this.local.emit('chain', chainId);
    }
  }

  subscribe(chainId: string, onChange: () => void): () => void {
    const handler = (id: string) => {
      if (id === chainId) onChange();
    };
    this.local.on('chain', handler);
    return () => this.local.off('chain', handler);
  }

  /** Every chain's changes (the public status page reloads on any of them). */
  subscribeAll(onChange: (chainId: string) => void): () => void {
    this.local.on('chain', onChange);
    return () => this.local.off('chain', onChange);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.local.removeAllListeners();
    await this.listener?.end().catch(() => {});
    this.listener = null;
  }
}
