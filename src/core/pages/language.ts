// Which language a server-rendered page speaks: what the reader asked for, else what Stormbell knows of them.
import { languages, type Language } from '../api/common.js';
import { preferredLanguage } from '../i18n/index.js';

export interface AskedLanguage {
  /** The `?lang=` of the address: the language switch link sets it. */
  query?: string | undefined;
  /** The logged-in account's language. */
  account?: Language | undefined;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | undefined;
}

const isLanguage = (value: string | undefined): value is Language =>
  (languages as readonly string[]).includes(value ?? '');

/** `?lang=`, else the account's language, else Accept-Language, else the organisation's default, else English. */
export function pageLanguage(asked: AskedLanguage, organisationDefault: string | undefined): Language {
  if (isLanguage(asked.query)) return asked.query;
  if (asked.account) return asked.account;
  const fromHeader = preferredLanguage(asked.acceptLanguage);
  if (fromHeader) return fromHeader;
  return isLanguage(organisationDefault) ? organisationDefault : 'en';
}

/** Of a message's texts per language, the reader's; else the other one (a message may exist in one language only). */
export function pickContent<T extends { language: string }>(
  contents: T[],
  language: Language,
): T | undefined {
  return contents.find((c) => c.language === language) ?? contents[0];
}
