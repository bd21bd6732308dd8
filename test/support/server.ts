// Starts a real Stormbell (HTTP server + outbox worker) on 127.0.0.1 and a random port, on a fresh database.
import { loadConfig } from '../../src/config.js';
import { startStormbell, type Running } from '../../src/runtime.js';
import type { Clock } from '../../src/app/context.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestServer {
  url: string;
  running: Running;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function startTestServer(
  dialect: 'sqlite' | 'postgres',
  options: { env?: Record<string, string>; clock?: Clock; worker?: boolean } = {},
): Promise<TestServer> {
  const db = await createTestDatabase(dialect);
  const config = loadConfig({
    STORMBELL_DATABASE_URL: db.url,
    PORT: '0',
    STORMBELL_HOST: '127.0.0.1',
    STORMBELL_LOG_LEVEL: 'silent',
    ...options.env,
  });
  const running = await startStormbell(config, {
    logger: false,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.worker === false ? { worker: false } : {}),
  });
  return {
    url: running.url,
    running,
    db,
    close: async () => {
      await running.stop();
      await db.drop();
    },
  };
}
