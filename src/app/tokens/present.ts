// What the API shows of an API token: never the token or its hash.
import type { ApiTokenTable } from '../../store/schema.js';

export function presentToken(row: ApiTokenTable & { account_name: string }) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    account_id: row.account_id,
    account_name: row.account_name,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}
