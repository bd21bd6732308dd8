// Looks up a server-side word in Dutch or English and fills in {placeholders}.
import { en as baseEn } from './en.js';
import { nl as baseNl } from './nl.js';
import { incidentsEn } from './incidents-en.js';
import { incidentsNl } from './incidents-nl.js';
import { intakeEn } from './intake-en.js';
import { intakeNl } from './intake-nl.js';
import { messagesEn } from './messages-en.js';
import { messagesNl } from './messages-nl.js';
import { communicationEn } from './communication-en.js';
import { communicationNl } from './communication-nl.js';
import { obligationsEn } from './obligations-en.js';
import { obligationsNl } from './obligations-nl.js';
import { legalEn } from './legal-en.js';
import { legalNl } from './legal-nl.js';
import { statusSubscribersEn } from './status-subscribers-en.js';
import { statusSubscribersNl } from './status-subscribers-nl.js';
import { statusPageEn } from './status-page-en.js';
import { statusPageNl } from './status-page-nl.js';
import { statusAdminEn } from './status-admin-en.js';
import { statusAdminNl } from './status-admin-nl.js';
import { statusFeedsEn } from './status-feeds-en.js';
import { statusFeedsNl } from './status-feeds-nl.js';
import { evaluationReportEn } from './evaluation-report-en.js';
import { evaluationReportNl } from './evaluation-report-nl.js';
import { evaluationEn } from './evaluation-en.js';
import { evaluationNl } from './evaluation-nl.js';
import { exercisesEn } from './exercises-en.js';
import { exercisesNl } from './exercises-nl.js';
import type { Language } from '../api/common.js';

// Each area keeps its words in its own pair of files, so areas built side by side do not edit one file.
const en = {
  ...baseEn,
  ...incidentsEn,
  ...intakeEn,
  ...messagesEn,
  ...communicationEn,
  ...legalEn,
  ...obligationsEn,
  ...statusAdminEn,
  ...statusSubscribersEn,
  ...statusPageEn,
  ...statusFeedsEn,
  ...evaluationReportEn,
  ...evaluationEn,
  ...exercisesEn,
};
const nl = {
  ...baseNl,
  ...incidentsNl,
  ...intakeNl,
  ...messagesNl,
  ...communicationNl,
  ...legalNl,
  ...obligationsNl,
  ...statusAdminNl,
  ...statusSubscribersNl,
  ...statusPageNl,
  ...statusFeedsNl,
  ...evaluationReportNl,
  ...evaluationNl,
  ...exercisesNl,
};
export type MessageKey = keyof typeof en;
export const catalogues: Record<Language, Record<MessageKey, string>> = { en, nl };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export function t(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? catalogues[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Picks nl or en from an Accept-Language header; English when neither is asked for. */
export function languageFromHeader(header: string | undefined): Language {
  return preferredLanguage(header) ?? 'en';
}

/** The first of nl or en an Accept-Language header asks for; undefined when it asks for neither. */
export function preferredLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((r) => /^q=([\d.]+)$/.exec(r.trim())?.[1]).find(Boolean);
      return { lang: (tag ?? '').split('-')[0], q: q ? Number(q) : 1 };
    })
    // q=0 means "not this one" (RFC 9110).
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const r of ranked) if (r.lang === 'nl' || r.lang === 'en') return r.lang;
  return undefined;
}
