import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogues, languageFromHeader, t } from './index.js';

const { en, nl } = catalogues;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('server catalogues', () => {
  it('have the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(nl)) expect(v.trim(), k).not.toBe('');
  });

  it('have the same {placeholders} in both languages', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>)
      expect(ph(nl[key]), key).toEqual(ph(en[key]));
  });

  it('contain every key the server code uses', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        // Event types (u.event('task.added', ...), a webhook's event: '...') look like keys but are not words.
        /(?<!event\(\s*)(?<!event:\s*)'((?:error|field|mail|what|sheet|phase|task|message|legal|pages)\.[a-z_.]+|plan\.[a-z_]+_description)'/g,
      ))
        used.add(m[1]!);
    }
    // A timeline event's type named elsewhere (a filter, a switch over event types) is not a word either.
    const eventTypes = new Set<string>();
    for (const file of sources('src'))
      for (const m of readFileSync(file, 'utf8').matchAll(/event(?:\(|:)\s*'([a-z_.]+)'/g))
        eventTypes.add(m[1]!);
    const missing = [...used].filter((k) => !(k in en) && !k.endsWith('.') && !eventTypes.has(k));
    expect(missing).toEqual([]);
  });

  it('fills placeholders and picks the language from Accept-Language', () => {
    expect(t('nl', 'error.rate_limited', { minutes: 15 })).toBe(
      'Te veel pogingen. Probeer het over 15 minuten opnieuw.',
    );
    expect(languageFromHeader('nl-NL,nl;q=0.9,en-US;q=0.8')).toBe('nl');
    expect(languageFromHeader('de-DE,en;q=0.5,nl;q=0.4')).toBe('en');
    expect(languageFromHeader('fr')).toBe('en');
    expect(languageFromHeader(undefined)).toBe('en');
  });
});
