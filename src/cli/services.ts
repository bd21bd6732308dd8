// Opens the database of STORMBELL_DATABASE_URL for a one-off command and gives the use cases their services.
import { loadConfig } from '../config.js';
import { migrate, openStore } from '../store/db.js';
import { systemClock, type Services } from '../app/context.js';

export async function withServices<T>(work: (s: Services) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = openStore(config.database, { poolSize: 2 });
  try {
    await migrate(store);
    // One-off commands do not run the outbox worker: mail they queue goes out with the next `stormbell serve`.
    return await work({ store, clock: systemClock, config, wakeOutbox: () => {} });
  } finally {
    await store.close();
  }
}
