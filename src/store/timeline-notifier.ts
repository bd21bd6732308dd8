// Tells live listeners (the Server-Sent Events streams) that a timeline chain has new events. On PostgreSQL it goes
// through LISTEN/NOTIFY, so every Stormbell process sharing the database hears it; on SQLite (one process) it stays
// in the process.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { sql } from 'kysely';
import type { DatabaseTarget, Store } from './db.js';

const CHANNEL = 'stormbell_timeline';
/** Emitted locally when the LISTEN connection is back after a loss: any chain may have changed meanwhile. */
const RESYNC = 'resync';
const RECONNECT_MS = 1000;

export class TimelineNotifier {
  private readonly local = new EventEmitter();
  private listener: pg.Client | null = null;
  private stopped = false;
  private listenedBefore = false;

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
    // A lost connection (database restart, ended backend) is re-opened; listeners keep their subscriptions
    // meanwhile. 'error' and 'end' can both come for one loss: it is handled once.
    let lost = false;
    const reconnect = () => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => {});
      if (!this.stopped) setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    };
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.local.emit('chain', n.payload);
    });
    client.on('error', reconnect);
    client.on('end', reconnect);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch {
      reconnect();
      return;
    }
    if (lost || this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.listener = client;
    // Notifications sent while this process was not listening are gone: every listener looks again (an event
    // stream reads from its last sequence number, the status page reloads), so nothing waits for the next change.
    if (this.listenedBefore) this.local.emit(RESYNC);
    this.listenedBefore = true;
  }

  /** Called after a transaction that appended events has committed. */
  async publish(chainIds: Iterable<string>): Promise<void> {
    for (const chainId of new Set(chainIds)) {
      // Through the database even while this process's own LISTEN connection is down: the other processes may
      // well be listening. This process's listeners hear it directly when the NOTIFY cannot come back to them.
      const hearsItself = this.listener !== null;
      if (this.target.dialect === 'postgres') {
        try {
          await sql`select pg_notify(${CHANNEL}, ${chainId})`.execute(this.store.db);
          if (hearsItself) continue;
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
    this.local.on(RESYNC, onChange);
    return () => {
      this.local.off('chain', handler);
      this.local.off(RESYNC, onChange);
    };
  }

  /** Every chain's changes (the public status page reloads on any of them). */
  subscribeAll(onChange: (chainId: string) => void): () => void {
    const resync = () => onChange('');
    this.local.on('chain', onChange);
    this.local.on(RESYNC, resync);
    return () => {
      this.local.off('chain', onChange);
      this.local.off(RESYNC, resync);
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.local.removeAllListeners();
    await this.listener?.end().catch(() => {});
    this.listener = null;
  }
}
