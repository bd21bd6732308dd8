// Turns an account row into what the API shows (never the password hash).
import type { Account } from '../../core/api/accounts.js';
import type { AccountRow } from '../../store/repos/accounts.js';
import type { AccessLevel } from '../../core/access.js';
import type { Language } from '../../core/api/common.js';
import type { Actor } from '../context.js';

export function presentAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    language: row.language as Language,
    access_level: row.access_level as AccessLevel,
    active: row.deactivated_at === null,
    invitation_pending: row.password_hash === null && row.deactivated_at === null,
    created_at: row.created_at,
    deactivated_at: row.deactivated_at,
  };
}

export function actorFromRow(row: AccountRow, via: Actor['via']): Actor {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    level: row.access_level as AccessLevel,
    language: row.language as Language,
    via,
  };
}
