import { describe, expect, it } from 'vitest';
import { pageLanguage, pickContent } from './language.js';

describe('page language', () => {
  it('follows ?lang=, then the account, then Accept-Language, then the organisation', () => {
    expect(pageLanguage({ query: 'nl', account: 'en', acceptLanguage: 'en' }, 'en')).toBe('nl');
    expect(pageLanguage({ query: 'de', account: 'nl', acceptLanguage: 'en' }, 'en')).toBe('nl');
    expect(pageLanguage({ acceptLanguage: 'nl-BE,en;q=0.5' }, 'en')).toBe('nl');
    expect(pageLanguage({ acceptLanguage: 'de-DE,fr' }, 'nl')).toBe('nl');
    expect(pageLanguage({ acceptLanguage: 'nl;q=0,de' }, 'en')).toBe('en');
    expect(pageLanguage({}, 'nl')).toBe('nl');
    expect(pageLanguage({}, undefined)).toBe('en');
  });

  it("picks the reader's text, else the one there is", () => {
    const both = [
      { language: 'en', body: 'hello' },
      { language: 'nl', body: 'hallo' },
    ];
    expect(pickContent(both, 'nl')?.body).toBe('hallo');
    expect(pickContent([{ language: 'en', body: 'hello' }], 'nl')?.body).toBe('hello');
    expect(pickContent([], 'nl')).toBeUndefined();
  });
});
