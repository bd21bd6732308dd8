// The status page's feeds, RSS 2.0 (/status/feed.rss) and Atom 1.0 (/status/feed.atom): one entry per published
// incident update and per scheduled maintenance of the last HISTORY_DAYS days. Pure functions of the snapshot; the
// cache renders them once per change.
import { createHash } from 'node:crypto';
import type { Language } from '../core/api/common.js';
import { formatDateTime } from '../core/format-time.js';
import { t } from '../core/i18n/index.js';
import { markdownToHtml } from '../core/markdown.js';
import type {
  SnapshotAffectedComponent,
  SnapshotMaintenance,
  StatusSnapshot,
} from '../core/status-page/snapshot.js';
import { HISTORY_DAYS } from '../core/status-page/values.js';

export interface FeedOptions {
  lang: Language;
}

interface FeedEntry {
  id: string;
  title: string;
  link: string;
  published: string;
  updated: string;
  /** Safe HTML (the Markdown renderer's output and escaped words); escaped once more when put into the XML. */
  html: string;
}

const DAY_MS = 86_400_000;

// XML 1.0 allows only these characters (section 2.2); anything else (control characters, lone surrogates, U+FFFE,
// U+FFFF) makes a strict parser reject the whole feed, so it is dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value for XML: characters XML 1.0 forbids are removed, markup characters escaped. */
export function xmlEscape(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const htmlEscape = (value: string): string => value.replace(/[&<>"]/g, (c) => XML_ENTITIES[c]!);

/** RSS 2.0 wants RFC 822 dates; toUTCString gives RFC 1123's form of them ("Tue, 01 Dec 2026 09:00:00 GMT"). */
const rfc822 = (iso: string): string => new Date(iso).toUTCString();
/** Atom wants RFC 3339. */
const rfc3339 = (iso: string): string => new Date(iso).toISOString();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A permanent id: `urn:uuid:` for our UUIDs (they never change, even if the page moves to another address),
 * else a tag URI (RFC 4151) on the page's host and the day the thing was made.
 */
function entryId(s: StatusSnapshot, id: string, kind: string, createdAt: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  return `tag:${hostOf(s.page.url)},${createdAt.slice(0, 10)}:${kind}/${encodeURIComponent(id)}`;
}

/** The feed's own id differs per language (they are two feeds) and is derived from the page id (UUID v5 style). */
function feedId(s: StatusSnapshot, lang: Language): string {
  const hex = createHash('sha1').update(`stormbell:status-feed:${s.page.id}:${lang}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);

function affectedHtml(s: StatusSnapshot, lang: Language, affected: SnapshotAffectedComponent[]): string {
  const names = new Map(s.components.map((c) => [c.id, c.name[lang]]));
  const parts = affected
    .filter((a) => names.has(a.id))
    .map((a) => `${names.get(a.id)!} (${t(lang, `pages.feed.component_status.${a.new_status}`)})`);
  return parts.length > 0
    ? `<p>${htmlEscape(t(lang, 'pages.feed.affected', { components: parts.join(', ') }))}</p>`
    : '';
}

function maintenanceEntry(s: StatusSnapshot, lang: Language, m: SnapshotMaintenance): FeedEntry {
  const zone = s.page.time_zone;
  const window = t(lang, 'pages.feed.maintenance.window', {
    start: formatDateTime(m.scheduled_for, lang, zone),
    end: formatDateTime(m.scheduled_until, lang, zone),
  });
  const names = new Map(s.components.map((c) => [c.id, c.name[lang]]));
  const components = m.component_ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
  // The status follows the clock, so the entry changes when the maintenance starts and when it ends.
  let updated = m.updated_at;
  if (m.status === 'in_progress' || m.status === 'completed') updated = later(updated, m.scheduled_for);
  if (m.status === 'completed') updated = later(updated, m.scheduled_until);
  return {
    id: entryId(s, m.id, 'maintenance', m.created_at),
    title: t(lang, 'pages.feed.item_title', {
      status: t(lang, `pages.feed.maintenance.${m.status}`),
      title: m.name[lang],
    }),
    link: `${s.page.url}/status?lang=${lang}#maintenance-${encodeURIComponent(m.id)}`,
    published: m.created_at,
    updated,
    html:
      `<p>${htmlEscape(window)}</p>` +
      markdownToHtml(m.body[lang], { headingLevel: 2 }) +
      (components.length > 0
        ? `<p>${htmlEscape(t(lang, 'pages.feed.affected', { components: components.join(', ') }))}</p>`
        : ''),
  };
}

/** Every entry of the last HISTORY_DAYS days (as of the snapshot), newest change first. */
function feedEntries(s: StatusSnapshot, lang: Language): FeedEntry[] {
  const since = Date.parse(s.generated_at) - HISTORY_DAYS * DAY_MS;
  const entries: FeedEntry[] = [];
  for (const incident of s.incidents) {
    const link = `${s.page.url}/status/incidents/${encodeURIComponent(incident.id)}?lang=${lang}`;
    for (const u of incident.updates) {
      if (Date.parse(u.created_at) < since) continue;
      entries.push({
        id: entryId(s, u.id, 'status-update', u.created_at),
        title: t(lang, 'pages.feed.item_title', {
          status: t(lang, `pages.feed.incident_status.${u.status}`),
          title: u.subject[lang] || incident.name[lang],
        }),
        link,
        published: u.created_at,
        updated: u.created_at,
        html:
          markdownToHtml(u.body[lang], { headingLevel: 2 }) + affectedHtml(s, lang, u.affected_components),
      });
    }
  }
  for (const m of s.maintenances) {
    const current = m.status === 'scheduled' || m.status === 'in_progress';
    if (!current && Date.parse(m.scheduled_until) < since && Date.parse(m.updated_at) < since) continue;
    entries.push(maintenanceEntry(s, lang, m));
  }
  return entries.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id));
}

/** The newest moment anything in the feed changed: the page's last change or a later entry (a maintenance start). */
function lastChange(s: StatusSnapshot, entries: FeedEntry[]): string {
  return entries.reduce((newest, e) => later(newest, e.updated), s.page.updated_at);
}

/** RSS 2.0 (with atom:link rel="self", as the RSS Advisory Board recommends). */
export function renderRss(s: StatusSnapshot, o: FeedOptions): string {
  const { lang } = o;
  const entries = feedEntries(s, lang);
  const title = t(lang, 'pages.feed.title', { page: s.page.name });
  const pageLink = `${s.page.url}/status?lang=${lang}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xmlEscape(title)}</title>`,
    `<link>${xmlEscape(pageLink)}</link>`,
    `<description>${xmlEscape(t(lang, 'pages.feed.description', { page: s.page.name }))}</description>`,
    `<language>${lang}</language>`,
    `<lastBuildDate>${rfc822(lastChange(s, entries))}</lastBuildDate>`,
    `<generator>Stormbell</generator>`,
    `<atom:link href="${xmlEscape(`${s.page.url}/status/feed.rss?lang=${lang}`)}" rel="self" type="application/rss+xml"/>`,
  ];
  if (s.page.logo_url) {
    out.push(
      `<image><url>${xmlEscape(s.page.logo_url)}</url><title>${xmlEscape(title)}</title><link>${xmlEscape(pageLink)}</link></image>`,
    );
  }
  for (const e of entries) {
    out.push(
      '<item>',
      `<title>${xmlEscape(e.title)}</title>`,
      `<link>${xmlEscape(e.link)}</link>`,
      `<description>${xmlEscape(e.html)}</description>`,
      `<pubDate>${rfc822(e.published)}</pubDate>`,
      `<guid isPermaLink="false">${xmlEscape(e.id)}</guid>`,
      '</item>',
    );
  }
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(s: StatusSnapshot, o: FeedOptions): string {
  const { lang } = o;
  const entries = feedEntries(s, lang);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<id>${feedId(s, lang)}</id>`,
    `<title type="text">${xmlEscape(t(lang, 'pages.feed.title', { page: s.page.name }))}</title>`,
    `<subtitle type="text">${xmlEscape(t(lang, 'pages.feed.description', { page: s.page.name }))}</subtitle>`,
    `<updated>${rfc3339(lastChange(s, entries))}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(`${s.page.url}/status/feed.atom?lang=${lang}`)}"/>`,
    `<link rel="alternate" type="text/html" hreflang="${lang}" href="${xmlEscape(`${s.page.url}/status?lang=${lang}`)}"/>`,
    `<author><name>${xmlEscape(s.page.name)}</name><uri>${xmlEscape(`${s.page.url}/status`)}</uri></author>`,
    '<generator>Stormbell</generator>',
  ];
  if (s.page.logo_url) out.push(`<logo>${xmlEscape(s.page.logo_url)}</logo>`);
  for (const e of entries) {
    out.push(
      '<entry>',
      `<id>${xmlEscape(e.id)}</id>`,
      `<title type="text">${xmlEscape(e.title)}</title>`,
      `<updated>${rfc3339(e.updated)}</updated>`,
      `<published>${rfc3339(e.published)}</published>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`,
      `<content type="html">${xmlEscape(e.html)}</content>`,
      '</entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
