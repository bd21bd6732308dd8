// Checks the nl and en catalogues: same keys, same placeholders, and every key the web app's code uses is there.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const webSrc = join(here, '..');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}

// The main file plus the per-area files (plan.en.json, ...), each area under its own top-level key.
const load = (lng: string) => {
  const files = [`${lng}.json`, ...readdirSync(here).filter((f) => f.endsWith(`.${lng}.json`))];
  const out = new Map<string, string>();
  for (const f of files) flatten(JSON.parse(readFileSync(join(here, f), 'utf8')) as Tree, '', out);
  return out;
};
const catalogues = { en: load('en'), nl: load('nl') };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Keys used literally (t('a.b'), i18nKey="a.b") and the prefixes of keys built at run time (t(`level.${x}`)). */
function usedKeys() {
  const literal = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(webSrc)) {
    const src = readFileSync(file, 'utf8');
    const rel = file.slice(webSrc.length + 1);
    for (const m of src.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) literal.set(m[2]!, rel);
    for (const m of src.matchAll(/i18nKey=(['"])([^'"]+)\1/g)) literal.set(m[2]!, rel);
    for (const m of src.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) prefixes.set(m[1]!, rel);
    for (const m of src.matchAll(/=\s*`([a-z_]+\.[a-z_.]*)\$\{/g)) prefixes.set(m[1]!, rel);
  }
  return { literal, prefixes };
}

// i18next plurals: t('x', { count }) reads x_one / x_other.
const has = (cat: Map<string, string>, key: string) =>
  cat.has(key) || (cat.has(`${key}_one`) && cat.has(`${key}_other`));

const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

describe('web catalogues', () => {
  it('nl and en have the same keys', () => {
    const en = [...catalogues.en.keys()].sort();
    const nl = [...catalogues.nl.keys()].sort();
    expect(
      nl.filter((k) => !catalogues.en.has(k)),
      'keys only in nl.json',
    ).toEqual([]);
    expect(
      en.filter((k) => !catalogues.nl.has(k)),
      'keys only in en.json',
    ).toEqual([]);
  });

  it('nl and en use the same placeholders and tags in each message', () => {
    const differ = [...catalogues.en].filter(
      ([k, v]) =>
        catalogues.nl.has(k) && placeholders(v).join() !== placeholders(catalogues.nl.get(k)!).join(),
    );
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('no message is empty', () => {
    for (const [lng, cat] of Object.entries(catalogues)) {
      expect([...cat].filter(([, v]) => v.trim() === '').map(([k]) => `${lng}:${k}`)).toEqual([]);
    }
  });

  it('every key used in web/src exists in both catalogues', () => {
    const { literal, prefixes } = usedKeys();
    expect(literal.size, 'the scan found the t() calls').toBeGreaterThan(100);
    for (const [lng, cat] of Object.entries(catalogues)) {
      const missing = [...literal].filter(([k]) => !has(cat, k)).map(([k, file]) => `${lng}: ${k} (${file})`);
      expect(missing).toEqual([]);
      const keys = [...cat.keys()];
      const missingPrefixes = [...prefixes]
        .filter(([p]) => !keys.some((k) => k.startsWith(p)))
        .map(([p, file]) => `${lng}: ${p}* (${file})`);
      expect(missingPrefixes).toEqual([]);
    }
  });

  it('has words for every access level, language, delivery state and known activity type', () => {
    const needed = [
      ...['viewer', 'responder', 'admin'].flatMap((l) => [`level.${l}`, `level_description.${l}`]),
      'language.nl',
      'language.en',
      ...['pending', 'sent', 'failed'].map((s) => `deliveries.state.${s}`),
      ...[
        'organisation.set_up',
        'account.created',
        'account.updated',
        'account.deactivated',
        'account.reactivated',
        'account.invited',
        'account.password_set',
        'account.password_changed',
        'account.password_reset_requested',
        'auth.login',
        'auth.login_failed',
        'auth.logout',
        'api_token.created',
        'api_token.revoked',
        'delivery.retried',
        'plan.changed',
        'plan.restored',
        'contact_check.started',
        'contact_check.acknowledged',
      ].map((type) => `activity.event.${type}`),
    ];
    for (const [lng, cat] of Object.entries(catalogues)) {
      expect(needed.filter((k) => !cat.has(k)).map((k) => `${lng}: ${k}`)).toEqual([]);
    }
  });
});
