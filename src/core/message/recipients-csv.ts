// Reads the list of people to tell (the people affected by a breach, GDPR Art. 34) from a CSV file as a spreadsheet
// exports it: a header row with `email` and optionally `name` and `language` (Dutch headers too). Every problem is
// reported with its line; the caller imports nothing while there is one.
import { z } from 'zod';
import type { Language } from '../api/common.js';
import { parseCsv } from '../csv.js';
import type { FieldProblem } from '../errors.js';

export const RECIPIENTS_MAX = 50_000;
/** Reported problems stop here: a wrong file gives a readable answer, not fifty thousand lines. */
const PROBLEMS_MAX = 100;

export interface UploadedRecipient {
  email: string;
  name: string | null;
  language: Language;
}

const headers: Record<string, 'email' | 'name' | 'language'> = {
  email: 'email',
  'e-mail': 'email',
  emailadres: 'email',
  'e-mailadres': 'email',
  'email address': 'email',
  name: 'name',
  naam: 'name',
  language: 'language',
  taal: 'language',
};

const languages: Record<string, Language> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};

const email = z.email();

export function readRecipientsCsv(
  text: string,
  defaultLanguage: Language,
): { recipients: UploadedRecipient[]; duplicates: number; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  // The line is in the words too ("line 5: ..."), for people reading the list of problems.
  const fail = (p: FieldProblem) => {
    if (problems.length < PROBLEMS_MAX)
      problems.push({ ...p, params: { ...(p.line !== undefined ? { line: p.line } : {}), ...p.params } });
  };
  const parsed = parseCsv(text);
  if ('unclosedQuoteAt' in parsed) {
    fail({ field: 'csv', key: 'message.recipients.unclosed_quote', line: parsed.unclosedQuoteAt });
    return { recipients: [], duplicates: 0, problems };
  }
  const [header, ...rows] = parsed.records;
  const columns = (header?.cells ?? []).map((c) => headers[c.trim().toLowerCase()]);
  const at = (name: 'email' | 'name' | 'language') => columns.indexOf(name);
  if (!header || at('email') < 0) {
    fail({ field: 'csv', key: 'message.recipients.no_email_column', line: 1 });
    return { recipients: [], duplicates: 0, problems };
  }
  if (rows.length === 0) fail({ field: 'csv', key: 'message.recipients.empty', line: 2 });
  if (rows.length > RECIPIENTS_MAX)
    fail({
      field: 'csv',
      key: 'message.recipients.too_many',
      params: { max: RECIPIENTS_MAX, count: rows.length },
    });

  const byEmail = new Map<string, UploadedRecipient>();
  let duplicates = 0;
  for (const row of rows) {
    const cell = (name: 'email' | 'name' | 'language') =>
      (at(name) >= 0 ? (row.cells[at(name)] ?? '') : '').trim();
    const address = cell('email').toLowerCase();
    const name = cell('name');
    const lang = cell('language').toLowerCase();
    let ok = true;
    if (!address) {
      fail({ field: 'csv.email', key: 'message.recipients.email_missing', line: row.line });
      ok = false;
    } else if (address.length > 254 || !email.safeParse(address).success) {
      fail({
        field: 'csv.email',
        key: 'message.recipients.email_invalid',
        line: row.line,
        params: { value: address.slice(0, 80) },
      });
      ok = false;
    }
    if (name.length > 120) {
      fail({ field: 'csv.name', key: 'message.recipients.name_too_long', line: row.line });
      ok = false;
    }
    const language = lang ? languages[lang] : defaultLanguage;
    if (!language) {
      fail({
        field: 'csv.language',
        key: 'message.recipients.language_invalid',
        line: row.line,
        params: { value: lang.slice(0, 40) },
      });
      ok = false;
    }
    if (!ok) continue;
    if (byEmail.has(address)) duplicates++;
    else byEmail.set(address, { email: address, name: name || null, language: language! });
  }
  return { recipients: [...byEmail.values()], duplicates, problems };
}
