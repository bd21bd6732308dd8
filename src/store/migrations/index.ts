// Every migration, in order. Written once for both databases with Kysely's schema builder.
import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';

export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};
