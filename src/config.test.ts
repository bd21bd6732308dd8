import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults on a fresh machine', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      database: { dialect: 'sqlite', file: './data/stormbell.db' },
      smtpUrl: null,
      publicUrl: 'http://localhost:3000',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names the variable and what is expected', () => {
    expect(problems({ PORT: 'abc' })).toEqual(['PORT must be a whole number from 0 to 65535; it is "abc".']);
    expect(problems({ PORT: '70000' })[0]).toMatch(/^PORT /);
    expect(problems({ STORMBELL_DATABASE_URL: 'mysql://db/x' })[0]).toMatch(
      /STORMBELL_DATABASE_URL has the unknown scheme "mysql"/,
    );
    expect(problems({ STORMBELL_SMTP_URL: 'mail.example.org' })[0]).toMatch(/^STORMBELL_SMTP_URL /);
    expect(problems({ STORMBELL_SECRET: 'short' })[0]).toMatch(/^STORMBELL_SECRET must be at least 32/);
    expect(problems({ STORMBELL_PUBLIC_URL: 'stormbell.example.org' })[0]).toMatch(/^STORMBELL_PUBLIC_URL /);
    expect(problems({ STORMBELL_LOG_LEVEL: 'loud' })[0]).toMatch(/^STORMBELL_LOG_LEVEL /);
  });

  it('reports every bad variable at once', () => {
    expect(
      problems({ PORT: 'x', STORMBELL_DATABASE_URL: 'oracle:x', STORMBELL_TRUST_PROXY: 'maybe' }),
    ).toHaveLength(3);
  });

  it('reads PostgreSQL and SMTP URLs', () => {
    const c = loadConfig({
      STORMBELL_DATABASE_URL: 'postgres://u@db:5432/stormbell',
      STORMBELL_SMTP_URL: 'smtp://mail:25',
      STORMBELL_PUBLIC_URL: 'https://sb.example.org/',
    });
    expect(c.database).toEqual({ dialect: 'postgres', url: 'postgres://u@db:5432/stormbell' });
    expect(c.publicUrl).toBe('https://sb.example.org');
  });
});
