// What the API shows of an intake token: never the token or its hash.
import type { z } from 'zod';
import type { ZIntakeToken } from '../../core/api/intake.js';
import type { AlertSource } from '../../core/intake/sources.js';
import type { IntakeTokenTable } from '../../store/schema.js';

export function presentIntakeToken(row: IntakeTokenTable): z.infer<typeof ZIntakeToken> {
  return {
    id: row.id,
    source: row.source as AlertSource,
    name: row.name,
    prefix: row.prefix,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}
