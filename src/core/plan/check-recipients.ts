// Plan rules for an audience's email recipients: each is one person, contact or address that exists and can be
// mailed, with a name and language only for an address, and nobody gets the same message twice.
import type { PlanMessageKey } from './catalogue.js';
import { planLanguages } from './enums.js';
import type { PlanPath, Problem } from './problem.js';
import { maps, section, str, strings, type RawMap } from './raw.js';

/** The ways to name a recipient, in the order a reader meets them; exactly one per recipient. */
const kinds = ['person', 'contact', 'email'] as const;
type Kind = (typeof kinds)[number];

const kindTerms: Record<Kind, PlanMessageKey> = {
  person: 'term.person',
  contact: 'term.contact',
  email: 'term.email',
};

interface Directory {
  people: Map<string, RawMap>;
  contacts: Map<string, RawMap>;
}

function byId(plan: RawMap, list: string): Map<string, RawMap> {
  return new Map(section(plan, list).flatMap(([, x]) => (typeof x.id === 'string' ? [[x.id, x]] : [])));
}

/** The one kind this recipient names, or undefined when it names none or several (reported on their own). */
function kindOf(recipient: RawMap): Kind | undefined {
  const given = kinds.filter((k) => recipient[k] !== undefined);
  return given.length === 1 ? given[0] : undefined;
}

/** The address a recipient's mail goes to, as written, when it can be known. */
function addressOf(recipient: RawMap, kind: Kind, dir: Directory): string | undefined {
  const value = str(recipient[kind]);
  if (value === undefined) return undefined;
  return kind === 'email' ? value : str((kind === 'person' ? dir.people : dir.contacts).get(value)?.email);
}

/** Addresses compare without case (mail servers treat them so) and without stray spaces. */
const inbox = (address: string) => address.trim().toLowerCase();

/** What is wrong with one recipient on its own: how it is named, and whether what it names exists. */
function oneRecipient(recipient: RawMap, at: PlanPath, dir: Directory, languages: string[]): Problem[] {
  const given = kinds.filter((k) => recipient[k] !== undefined);
  if (given.length === 0) return [{ path: at, key: 'recipient_none', whole: true }];
  const [first, ...others] = given;
  const problems: Problem[] = others.map((key) => ({
    path: [...at, key],
    key: 'recipient_several',
    params: { key, first: first as string },
    atKey: true,
  }));
  if (first !== 'email') {
    for (const field of ['name', 'language'] as const)
      if (recipient[field] !== undefined)
        problems.push({
          path: [...at, field],
          key: field === 'name' ? 'recipient_name_needs_email' : 'recipient_language_needs_email',
          atKey: true,
        });
  }
  const id = str(recipient[first as Kind]);
  if (id !== undefined && first === 'person' && !dir.people.has(id))
    problems.push({ path: [...at, 'person'], key: 'recipient_not_person', params: { id } });
  if (id !== undefined && first === 'contact') {
    const contact = dir.contacts.get(id);
    if (!contact) problems.push({ path: [...at, 'contact'], key: 'recipient_not_contact', params: { id } });
    else if (contact.email === undefined)
      problems.push({ path: [...at, 'contact'], key: 'recipient_contact_no_email', params: { id } });
  }
  const language = str(recipient.language);
  const known: readonly string[] = planLanguages;
  // Only when the audience's own languages are readable; a broken list is reported by the shape check.
  if (
    first === 'email' &&
    language &&
    known.includes(language) &&
    languages.length > 0 &&
    !languages.includes(language)
  )
    problems.push({
      path: [...at, 'language'],
      key: 'recipient_language',
      params: { language, languages: languages.join(', ') },
    });
  return problems;
}

/** The same person, contact or address twice, or two recipients whose mail ends up in the same inbox. */
function repeats(recipients: Array<[number, RawMap]>, base: PlanPath, dir: Directory): Problem[] {
  const seen = new Map<string, number>();
  const inboxes = new Map<string, number>();
  const problems: Problem[] = [];
  for (const [index, recipient] of recipients) {
    const kind = kindOf(recipient);
    const value = kind && str(recipient[kind]);
    if (!kind || value === undefined) continue;
    const path = [...base, index, kind];
    const ref = `${kind}:${kind === 'email' ? inbox(value) : value}`;
    const address = addressOf(recipient, kind, dir);
    const earlier = seen.get(ref);
    const sameInbox = address === undefined ? undefined : inboxes.get(inbox(address));
    if (earlier !== undefined)
      problems.push({
        path,
        key: 'recipient_duplicate',
        params: { value, n: earlier + 1 },
        terms: { what: kindTerms[kind] },
      });
    else if (sameInbox !== undefined)
      problems.push({
        path,
        key: 'recipient_same_address',
        params: { email: address as string, n: sameInbox + 1 },
      });
    if (earlier === undefined) seen.set(ref, index);
    if (address !== undefined && sameInbox === undefined) inboxes.set(inbox(address), index);
  }
  return problems;
}

export function recipientProblems(plan: RawMap): Problem[] {
  const dir: Directory = { people: byId(plan, 'people'), contacts: byId(plan, 'contacts') };
  const problems: Problem[] = [];
  for (const [index, audience] of section(plan, 'audiences')) {
    const base: PlanPath = ['audiences', index, 'recipients'];
    const recipients = maps(audience.recipients);
    const known: readonly string[] = planLanguages;
    const languages = strings(audience.languages)
      .map(([, l]) => l)
      .filter((l) => known.includes(l));
    for (const [k, recipient] of recipients)
      problems.push(...oneRecipient(recipient, [...base, k], dir, languages));
    problems.push(...repeats(recipients, base, dir));
  }
  return problems;
}
