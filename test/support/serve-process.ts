// Runs the built `stormbell serve` (bin/stormbell.js) as a child process on a random port, keeps its JSON log lines,
// and stops or kills it: for tests of several processes sharing one database, and of faults around one process.
import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from './client.js';

export interface ServeProcess {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Every JSON log line so far (pino), and the lines that were not JSON. */
  readonly logs: Array<Record<string, any>>;
  readonly stray: string[];
  /** Null while it runs; its exit code or signal once it has ended. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  /** Resolves when the process has ended. */
  readonly ended: Promise<void>;
  /** SIGTERM and wait (a clean stop), or SIGKILL and wait. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export async function startServe(name: string, env: Record<string, string>): Promise<ServeProcess> {
  // STORMBELL_TEST_SERVE_ENTRY runs another build (say, one with a fault put in on purpose, to see a test fail).
  const entry = process.env.STORMBELL_TEST_SERVE_ENTRY ?? 'bin/stormbell.js';
  const child = spawn(process.execPath, [entry, 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      STORMBELL_HOST: '127.0.0.1',
      STORMBELL_LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, any>> = [];
  const stray: string[] = [];
  let resolveUrl: (url: string) => void;
  const listening = new Promise<string>((resolve) => (resolveUrl = resolve));
  const take = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let cut: number;
      while ((cut = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 1);
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as Record<string, any>;
          logs.push(entry);
          if (typeof entry.url === 'string' && /is listening/.test(String(entry.msg))) resolveUrl(entry.url);
        } catch {
          stray.push(line);
        }
      }
    });
  };
  take(child.stdout!);
  take(child.stderr!);
  const proc = { name, child, logs, stray, exit: null } as unknown as ServeProcess & { url: string };
  (proc as { ended: Promise<void> }).ended = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      proc.exit = { code, signal };
      resolve();
    }),
  );
  const started = await Promise.race([
    listening,
    proc.ended.then(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 120_000)),
  ]);
  if (started === null) {
    child.kill('SIGKILL');
    throw new Error(
      `stormbell serve (${name}) did not start: ${JSON.stringify(proc.exit)}\n${[...stray, ...logs.map((l) => JSON.stringify(l))].join('\n')}`,
    );
  }
  proc.url = started;
  proc.stop = async (signal = 'SIGTERM') => {
    if (proc.exit) return;
    child.kill(signal);
    await proc.ended;
  };
  return proc;
}

/** The same logged-in person talking to another process: sessions live in the shared database. */
export function sameSession(c: Client, base: string): Client {
  const other = new Client(base);
  for (const [k, v] of c.cookies) other.cookies.set(k, v);
  other.bearer = c.bearer;
  other.language = c.language;
  return other;
}

/** The cookie header of a client, for a raw request such as an event stream. */
export function cookieOf(c: Client): Record<string, string> {
  return { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns something other than undefined/false, or throws after `ms`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 20_000,
  every = 25,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(every);
  }
}
