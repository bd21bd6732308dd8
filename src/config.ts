// Reads the environment once, checks every variable, and returns a frozen configuration.
import { z } from 'zod';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly database:
    | { readonly dialect: 'sqlite'; readonly file: string }
    | { readonly dialect: 'postgres'; readonly url: string };
  readonly publicUrl: string;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly secret: string | null;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly sessionIdleHours: number;
  readonly sessionMaxHours: number;
  readonly trustProxy: boolean;
  /** How long the outbox worker holds a claimed delivery; after a crash, its claims wait this long. */
  readonly outboxLeaseSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parseDatabaseUrl(url: string): Config['database'] | string {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file)
      return 'STORMBELL_DATABASE_URL must name a file after "sqlite:", for example sqlite:./data/stormbell.db.';
    return { dialect: 'sqlite', file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      return `STORMBELL_DATABASE_URL is not a valid PostgreSQL URL; expected postgres://user@host:5432/database.`;
    }
    return { dialect: 'postgres', url };
  }
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':')) : url;
  return `STORMBELL_DATABASE_URL has the unknown scheme "${scheme}"; expected sqlite:<file> or postgres://user@host:5432/database.`;
}

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
    return fallback;
  }
  return Number(raw);
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.STORMBELL_HOST?.trim() || '127.0.0.1';

  const databaseUrl = env.STORMBELL_DATABASE_URL?.trim() || 'sqlite:./data/stormbell.db';
  const database = parseDatabaseUrl(databaseUrl);
  if (typeof database === 'string') problems.push(database);

  let publicUrl = env.STORMBELL_PUBLIC_URL?.trim() || `http://localhost:${port}`;
  if (!/^https?:\/\/[^/]+/.test(publicUrl) || !z.url().safeParse(publicUrl).success) {
    problems.push(
      `STORMBELL_PUBLIC_URL must be an http:// or https:// address such as https://stormbell.example.org; it is "${publicUrl}".`,
    );
  }
  publicUrl = publicUrl.replace(/\/+$/, '');

  const smtpUrl = env.STORMBELL_SMTP_URL?.trim() || null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    problems.push(
      'STORMBELL_SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://...:465.',
    );
  }

  const mailFrom = env.STORMBELL_MAIL_FROM?.trim() || 'Stormbell <stormbell@localhost>';
  const address = /<([^>]+)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address)) {
    problems.push(
      `STORMBELL_MAIL_FROM must be an address such as "Crisis team <crisis@example.org>"; it is "${mailFrom}".`,
    );
  }

  const secret = env.STORMBELL_SECRET?.trim() || null;
  if (secret !== null && secret.length < 32) {
    problems.push(
      'STORMBELL_SECRET must be at least 32 characters long (for example the output of `openssl rand -hex 32`).',
    );
  }

  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
  const logLevelRaw = env.STORMBELL_LOG_LEVEL?.trim() || 'info';
  const logLevel = (levels as readonly string[]).includes(logLevelRaw)
    ? (logLevelRaw as Config['logLevel'])
    : 'info';
  if (logLevel !== logLevelRaw)
    problems.push(`STORMBELL_LOG_LEVEL must be one of ${levels.join(', ')}; it is "${logLevelRaw}".`);

  const sessionIdleHours = integer(env, 'STORMBELL_SESSION_IDLE_HOURS', 12, 1, 24 * 30, problems);
  const sessionMaxHours = integer(env, 'STORMBELL_SESSION_MAX_HOURS', 24 * 7, 1, 24 * 365, problems);

  // Kept above the slowest send (the email channel gives up on a silent SMTP server after 60 s).
  const outboxLeaseSeconds = integer(env, 'STORMBELL_OUTBOX_LEASE_SECONDS', 300, 1, 24 * 3600, problems);

  const trustRaw = env.STORMBELL_TRUST_PROXY?.trim().toLowerCase() || 'false';
  if (!['true', 'false', '1', '0'].includes(trustRaw)) {
    problems.push(`STORMBELL_TRUST_PROXY must be true or false; it is "${env.STORMBELL_TRUST_PROXY}".`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host,
    databaseUrl,
    database: Object.freeze(database as Config['database']),
    publicUrl,
    smtpUrl,
    mailFrom,
    secret,
    logLevel,
    sessionIdleHours,
    sessionMaxHours,
    trustProxy: trustRaw === 'true' || trustRaw === '1',
    outboxLeaseSeconds,
  });
}

/** The variables, for the README and `stormbell serve --help`. */
export const configVariables: ReadonlyArray<{ name: string; default: string; meaning: string }> = [
  {
    name: 'STORMBELL_DATABASE_URL',
    default: 'sqlite:./data/stormbell.db',
    meaning: 'sqlite:<file> or postgres://user@host:5432/db',
  },
  { name: 'PORT', default: '3000', meaning: 'HTTP port' },
  {
    name: 'STORMBELL_HOST',
    default: '127.0.0.1',
    meaning: 'address to listen on (0.0.0.0 for all interfaces)',
  },
  {
    name: 'STORMBELL_PUBLIC_URL',
    default: 'http://localhost:$PORT',
    meaning: 'the address people use; links in emails',
  },
  {
    name: 'STORMBELL_SMTP_URL',
    default: '(unset)',
    meaning: 'smtp:// or smtps:// URL; unset keeps mail in the built-in mail viewer',
  },
  {
    name: 'STORMBELL_MAIL_FROM',
    default: 'Stormbell <stormbell@localhost>',
    meaning: 'sender of outgoing mail',
  },
  {
    name: 'STORMBELL_SECRET',
    default: '(generated, kept in the database)',
    meaning: 'at least 32 characters; signs links',
  },
  {
    name: 'STORMBELL_LOG_LEVEL',
    default: 'info',
    meaning: 'fatal, error, warn, info, debug, trace or silent',
  },
  {
    name: 'STORMBELL_SESSION_IDLE_HOURS',
    default: '12',
    meaning: 'a session ends after this long without use',
  },
  {
    name: 'STORMBELL_SESSION_MAX_HOURS',
    default: '168',
    meaning: 'a session ends this long after login, used or not',
  },
  {
    name: 'STORMBELL_TRUST_PROXY',
    default: 'false',
    meaning: 'true behind a reverse proxy that sets X-Forwarded-*',
  },
  {
    name: 'STORMBELL_OUTBOX_LEASE_SECONDS',
    default: '300',
    meaning: 'how long a delivery stays claimed; after a crash it is sent again once this has passed',
  },
];
