// Counts failed logins per key (an email address, an IP address) in a fixed window, shared by all processes.
import type { Tx } from '../db.js';

export async function getThrottle(tx: Tx, key: string) {
  return tx.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function setThrottle(
  tx: Tx,
  key: string,
  failures: number,
  windowStartedAt: string,
): Promise<void> {
  await tx
    .insertInto('login_throttle')
    .values({ key, failures, window_started_at: windowStartedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures, window_started_at: windowStartedAt }))
    .execute();
}

export async function clearThrottle(tx: Tx, key: string): Promise<void> {
  await tx.deleteFrom('login_throttle').where('key', '=', key).execute();
}
