// `stormbell migrate`: bring the database schema up to date and say what was applied.
import { loadConfig } from '../../config.js';
import { migrate as runMigrations, openStore } from '../../store/db.js';

export async function migrate(): Promise<void> {
  const config = loadConfig();
  const store = openStore(config.database, { poolSize: 1 });
  try {
    const applied = await runMigrations(store);
    console.log(
      applied.length === 0
        ? `${store.describe} is up to date.`
        : `${store.describe}: applied ${applied.length} migration${applied.length === 1 ? '' : 's'}: ${applied.join(', ')}.`,
    );
  } finally {
    await store.close();
  }
}
