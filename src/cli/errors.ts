// Turns any failure into one clear sentence for the terminal (a stack trace only with --debug).
import { ZodError } from 'zod';
import { ConfigError } from '../config.js';
import { DomainError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { PASSWORD_MIN } from '../core/api/common.js';

export class CliError extends Error {}

export function describeFailure(err: unknown, optionOf: (field: string) => string = (f) => `--${f}`): string {
  if (err instanceof ConfigError) return err.problems.join('\n');
  if (err instanceof CliError) return err.message;
  if (err instanceof DomainError) {
    const fields = err.fields.map(
      (f) => `${optionOf(f.field)}: ${t('en', f.message ?? f.key, { min: PASSWORD_MIN, ...f.params })}`,
    );
    return fields.length > 0 ? fields.join('\n') : t('en', err.key, err.params);
  }
  if (err instanceof ZodError) {
    return err.issues
      .map((i) => `${optionOf(i.path.map(String).join('.'))}: ${t('en', i.message, { min: PASSWORD_MIN })}`)
      .join('\n');
  }
  const code = (err as { code?: string }).code;
  if (code === 'ECONNREFUSED')
    return 'The database refused the connection: is PostgreSQL running at the address in STORMBELL_DATABASE_URL?';
  if (code === '3D000')
    return `The database in STORMBELL_DATABASE_URL does not exist: ${(err as Error).message}.`;
  if (code === '28P01' || code === '28000')
    return 'PostgreSQL refused the login in STORMBELL_DATABASE_URL (user or password).';
  if (code === 'SQLITE_CANTOPEN')
    return 'The SQLite file in STORMBELL_DATABASE_URL cannot be opened: check the path and permissions.';
  if (code === 'EADDRINUSE')
    return `The port is already in use: ${(err as Error).message}. Set PORT to a free port.`;
  return err instanceof Error ? err.message : String(err);
}
