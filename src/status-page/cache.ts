// The status page's memory: the newest snapshot, and every document (page per language, feed, JSON) rendered at
// most once per snapshot and kept as bytes, gzipped once, with a strong ETag. A visitor never waits on the
// database: a change is loaded in the background as soon as it is notified, and when loading fails the last good
// documents keep being served.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Language } from '../core/api/common.js';
import { backoffDelayMs, type BackoffPolicy } from '../core/backoff.js';
import type { StatusSnapshot } from '../core/status-page/snapshot.js';

export interface CachedDocument {
  readonly status: number;
  readonly contentType: string;
  readonly body: Buffer;
  /** Null when gzip would not make it smaller. */
  readonly gzip: Buffer | null;
  readonly etag: string;
  /** A representation of its own (RFC 9110 8.8.3): the gzipped bytes get their own strong ETag. */
  readonly gzipEtag: string;
}

export interface Rendered {
  status?: number;
  contentType: string;
  body: string;
}

export interface Loaded {
  readonly snapshot: StatusSnapshot;
  /** The organisation's language, for readers who ask for neither nl nor en. */
  readonly defaultLanguage: Language;
  /** Counts the snapshots that differed from the one before (starting at 1). */
  readonly generation: number;
}

interface State extends Loaded {
  readonly fingerprint: string;
  readonly documents: Map<string, CachedDocument>;
  /** The documents of the snapshot before, kept only for a renderer that fails on this one. */
  readonly previous: Map<string, CachedDocument>;
  readonly failed: Set<string>;
  readonly derived: Map<string, unknown>;
}

export interface CacheLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface StatusCacheOptions {
  load(): Promise<StatusSnapshot>;
  defaultLanguage?(): Promise<Language>;
  clock: { now(): Date };
  log: CacheLog;
  /** Retries after a failed load: from a second up to half a minute, so a database back up is noticed quickly. */
  retry?: BackoffPolicy;
  /**
   * A reload this often even without a notification: catches a lost notification (a LISTEN connection that
   * dropped) and the day bars moving on at midnight. A reload that finds nothing changed renders nothing.
   */
  refreshEveryMs?: number;
  /** A load that takes longer counts as failed (a database that does not answer at all). */
  loadTimeoutMs?: number;
  /**
   * At least this long between the starts of two loads. Every timeline change notifies the page, and an alert storm
   * commits hundreds of changes a second (each arrival of alerts records its reports on the organisation's
   * timeline): without a gap the page would load its snapshot after every one of them. A single change after a
   * quiet moment still loads at once; in a burst the page is at most this much later.
   */
  minGapMs?: number;
}

const DEFAULT_RETRY: BackoffPolicy = { baseMs: 1000, maxMs: 30_000, jitter: 0.3 };
const DEFAULT_MIN_GAP_MS = 200;
const MAX_TIMER_MS = 2 ** 31 - 1;

export function strongEtag(bytes: Buffer, suffix = ''): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}${suffix}"`;
}

export function makeDocument(r: Rendered): CachedDocument {
  const body = Buffer.from(r.body, 'utf8');
  const zipped = gzipSync(body, { level: 9 });
  return {
    status: r.status ?? 200,
    contentType: r.contentType,
    body,
    gzip: zipped.length < body.length ? zipped : null,
    etag: strongEtag(body),
    gzipEtag: strongEtag(body, '-gz'),
  };
}

/** The snapshot without its load time: two loads of an unchanged page compare equal and render nothing new. */
function fingerprintOf(s: StatusSnapshot, language: Language): string {
  return JSON.stringify({ ...s, generated_at: '', language });
}

export class StatusCache {
  private state: State | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private changeTimer: NodeJS.Timeout | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  /** When the last load started (performance.now(): the gap is real time, whatever the clock says). */
  private lastStart = -Infinity;
  private readonly firstLoad: Promise<void>;
  private resolveFirst!: () => void;
  /** For tests and metrics: loads started, documents rendered, loads failed. */
  readonly stats = { loads: 0, renders: 0, failures: 0 };

  constructor(private readonly options: StatusCacheOptions) {
    this.firstLoad = new Promise((resolve) => (this.resolveFirst = resolve));
  }

  start(): void {
    this.refresh();
    const every = this.options.refreshEveryMs ?? 60_000;
    if (every > 0) {
      this.refreshTimer = setInterval(() => this.refresh(), every);
      this.refreshTimer.unref();
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.retryTimer, this.changeTimer]) if (timer) clearTimeout(timer);
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.resolveFirst();
  }

  /** The newest good snapshot, or null before the first load succeeded. */
  current(): Loaded | null {
    return this.state;
  }

  /** Waits (at most `ms`) for the first successful load; true when there is a snapshot. */
  async ready(ms: number): Promise<boolean> {
    if (this.state) return true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.firstLoad,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
      }),
    ]);
    clearTimeout(timer);
    return this.state !== null;
  }

  /**
   * Something may have changed: load a new snapshot now, or as soon as `minGapMs` has passed since the last load
   * started. Bursts coalesce: one load at a time (waiting for its gap counts), and one more after it when notified
   * meanwhile (that one sees every change before it started).
   */
  refresh(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const wait = this.lastStart + (this.options.minGapMs ?? DEFAULT_MIN_GAP_MS) - performance.now();
    const gap =
      wait > 0 ? new Promise<void>((resolve) => setTimeout(resolve, wait).unref()) : Promise.resolve();
    this.inFlight = gap
      .then(() => (this.stopped ? undefined : this.loadOnce()))
      .finally(() => {
        this.inFlight = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.refresh();
        }
      });
  }

  /** Resolves when no load is running or queued (for tests). */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** The document under `key` for the current snapshot, rendering it on first use. Null before the first load. */
  document(key: string, render: (loaded: Loaded) => Rendered): CachedDocument | null {
    const state = this.state;
    if (!state) return null;
    const cached = state.documents.get(key);
    if (cached) return cached;
    if (state.failed.has(key)) return state.previous.get(key) ?? null;
    let doc: CachedDocument;
    try {
      doc = makeDocument(render(state));
    } catch (err) {
      // A renderer that cannot cope with this snapshot: the previous snapshot's document is better than an error.
      // Tried and logged once per snapshot and document, not once per request.
      state.failed.add(key);
      this.options.log.error({ err, key }, 'status page: rendering failed');
      return state.previous.get(key) ?? null;
    }
    this.stats.renders++;
    state.documents.set(key, doc);
    return doc;
  }

  /** A value computed once per snapshot and shared by several documents (the eight JSON documents). */
  derived<T>(loaded: Loaded, key: string, compute: () => T): T {
    const derived = (loaded as State).derived;
    if (!derived.has(key)) derived.set(key, compute());
    return derived.get(key) as T;
  }

  private async loadOnce(): Promise<void> {
    this.stats.loads++;
    this.lastStart = performance.now();
    try {
      const [snapshot, defaultLanguage] = await this.withTimeout(
        Promise.all([
          this.options.load(),
          this.options.defaultLanguage?.() ?? Promise.resolve<Language>('en'),
        ]),
      );
      if (this.stopped) return;
      this.accept(snapshot, defaultLanguage);
      if (this.failures > 0)
        this.options.log.info({ failures: this.failures }, 'status page: loading works again');
      this.failures = 0;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.scheduleChange(snapshot.next_change_at);
      this.resolveFirst();
    } catch (err) {
      // Closing the server closes the database under a running load: that is not an outage.
      if (this.stopped) return;
      this.stats.failures++;
      this.failures++;
      // Once per outage, not once per retry: the log stays readable while the database is down.
      if (this.failures === 1)
        this.options.log.warn(
          { err },
          this.state
            ? 'status page: loading failed, serving the last good content until it works again'
            : 'status page: loading failed before the first snapshot, answering 503 until it works',
        );
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(
        () => {
          this.retryTimer = null;
          this.refresh();
        },
        backoffDelayMs(this.failures, Math.random, this.options.retry ?? DEFAULT_RETRY),
      );
      this.retryTimer.unref();
    }
  }

  private accept(snapshot: StatusSnapshot, defaultLanguage: Language): void {
    const fingerprint = fingerprintOf(snapshot, defaultLanguage);
    if (this.state?.fingerprint === fingerprint) return;
    this.state = {
      snapshot,
      defaultLanguage,
      fingerprint,
      generation: (this.state?.generation ?? 0) + 1,
      documents: new Map(),
      previous: this.state?.documents ?? new Map(),
      failed: new Set(),
      derived: new Map(),
    };
  }

  // A maintenance starts or ends by itself: load again just after that moment.
  private scheduleChange(at: string | null): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = null;
    if (!at) return;
    const due = Date.parse(at) - this.options.clock.now().getTime();
    if (Number.isNaN(due)) return;
    // Just after the moment. One already past (clocks differ a little, or a test's clock stands still) is tried
    // again after a second, never in a tight loop.
    const delay = due <= 0 ? 1000 : Math.min(Math.max(due + 50, 250), MAX_TIMER_MS);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null;
      this.refresh();
    }, delay);
    this.changeTimer.unref();
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    const ms = this.options.loadTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`status snapshot took longer than ${ms} ms`)), ms);
      }),
    ]).finally(() => clearTimeout(timer));
  }
}
