// The status page's RSS 2.0 and Atom 1.0 feeds, read back by an independent parser (npm `feedparser`, which also
// checks them in strict SAX mode that stops at the first XML error): titles, links, dates, ids, 90 days of history, hostile text, nl and en.
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { describe, expect, it } from 'vitest';
import type { StatusSnapshot } from '../../src/core/status-page/snapshot.js';
import { renderAtom, renderRss } from '../../src/status-page/feeds.js';
import { buildSnapshot, FIXTURE_URL, fixtureId } from './fixture.js';

interface Parsed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

/**
 * Reads a feed as a feed reader does. It is read twice: in strict mode, which fails on any XML error (a stray `&`,
 * an unclosed tag), and then normally, because feedparser only normalises the camel-case RSS names (`pubDate`,
 * `lastBuildDate`) when its SAX parser lower-cases them, which strict mode does not.
 */
async function parse(xml: string): Promise<Parsed> {
  await read(xml, true);
  return read(xml, false);
}

function read(xml: string, strict: boolean): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict, resume_saxerror: false, addmeta: false });
    const items: FeedParser.Item[] = [];
    let meta: FeedParser.Meta | undefined;
    parser.on('error', reject);
    parser.on('meta', (m) => (meta = m));
    parser.on('readable', function (this: FeedParser) {
      let item: FeedParser.Item | null;
      while ((item = this.read())) items.push(item);
    });
    parser.on('end', () => (meta ? resolve({ meta, items }) : reject(new Error('no feed metadata'))));
    Readable.from([Buffer.from(xml, 'utf8')]).pipe(parser);
  });
}

// XML 1.0, production [2] Char: what a document may contain at all.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const allUpdates = (s: StatusSnapshot) =>
  s.incidents.flatMap((i) => i.updates.map((u) => ({ incident: i, update: u })));

describe('RSS 2.0 feed', () => {
  it('has the channel fields and one item per update and maintenance, newest first', async () => {
    const s = buildSnapshot();
    const xml = renderRss(s, { lang: 'en' });
    const { meta, items } = await parse(xml);

    expect(meta['#type']).toBe('rss');
    expect(meta.title).toBe('Voorbeeld Zorgverzekeraar status');
    expect(meta.link).toBe(`${FIXTURE_URL}/status?lang=en`);
    expect(meta.language).toBe('en');
    expect(meta.xmlurl).toBe(`${FIXTURE_URL}/status/feed.rss?lang=en`);
    expect(meta.description).toContain('Voorbeeld Zorgverzekeraar');
    expect(meta.date?.toISOString()).toBe(new Date(s.page.updated_at).toISOString());

    const updates = allUpdates(s);
    expect(updates).toHaveLength(3 * 4 + 5);
    expect(items).toHaveLength(updates.length + s.maintenances.length);
    const guids = items.map((i) => i.guid);
    expect(new Set(guids).size).toBe(items.length);
    expect(guids.sort()).toEqual(
      [
        ...updates.map((u) => `urn:uuid:${u.update.id}`),
        ...s.maintenances.map((m) => `urn:uuid:${m.id}`),
      ].sort(),
    );
    const times = items.map((i) => i.pubdate!.getTime());
    // Incident updates never change, so their pubDate is also the order; maintenance is ordered by its last change.
    expect(items[0]!.title).toBe('Identified: iDEAL payments still fail');
    expect(times.every((t) => Number.isFinite(t))).toBe(true);
    // Every pubDate is written in RFC 822 form.
    const raw = [...xml.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((m) => m[1]!);
    expect(raw).toHaveLength(items.length);
    for (const d of raw) expect(d).toMatch(RFC822);
    expect(xml).toMatch(/<lastBuildDate>[^<]+<\/lastBuildDate>/);
    expect(/<lastBuildDate>([^<]+)</.exec(xml)![1]).toMatch(RFC822);
  });

  it('links each update to its incident page and keeps its text, date and guid', async () => {
    const s = buildSnapshot();
    const { items } = await parse(renderRss(s, { lang: 'en' }));
    for (const { incident, update } of allUpdates(s)) {
      const item = items.find((i) => i.guid === `urn:uuid:${update.id}`)!;
      expect(item, update.id).toBeDefined();
      expect(item.link).toBe(`${FIXTURE_URL}/status/incidents/${incident.id}?lang=en`);
      expect(item.pubdate!.toISOString()).toBe(new Date(update.created_at).toISOString());
      expect(item.title.endsWith(`: ${update.subject.en}`)).toBe(true);
      expect(item['rss:guid']?.['@']?.ispermalink).toBe('false');
    }
    const first = items.find(
      (i) =>
        i.guid ===
        `urn:uuid:${s.incidents.find((i) => i.id === fixtureId('incident', 1))!.updates.at(-1)!.id}`,
    )!;
    expect(first.title).toBe('Investigating: Login sometimes fails');
    // The Markdown is rendered to HTML, and the components the update changed are named with their new status.
    expect(first.description).toContain('<strong>cannot log in</strong>');
    expect(first.description).toContain('Affected components: Login (partial outage).');
  });

  it('lists maintenance with its window and status', async () => {
    const s = buildSnapshot();
    const { items } = await parse(renderRss(s, { lang: 'en' }));
    const byId = (n: number) => items.find((i) => i.guid === `urn:uuid:${fixtureId('maintenance', n)}`)!;
    expect(byId(1).title).toBe('Maintenance in progress: Telephone exchange maintenance');
    expect(byId(2).title).toBe('Scheduled maintenance: Customer portal maintenance');
    expect(byId(3).title).toBe('Maintenance completed: Invoice maintenance');
    expect(byId(4).title).toBe('Maintenance cancelled: Chat maintenance');
    expect(byId(2).link).toBe(`${FIXTURE_URL}/status?lang=en#maintenance-${fixtureId('maintenance', 2)}`);
    expect(byId(2).description).toContain(
      'From 3 December 2026 at 11:00 CET until 3 December 2026 at 13:00 CET.',
    );
    expect(byId(2).description).toContain(
      'Affected components: Login, Case files, Document upload, Appointments.',
    );
  });

  it('speaks Dutch when asked', async () => {
    const s = buildSnapshot();
    const { meta, items } = await parse(renderRss(s, { lang: 'nl' }));
    expect(meta.title).toBe('Status van Voorbeeld Zorgverzekeraar');
    expect(meta.language).toBe('nl');
    expect(meta.link).toBe(`${FIXTURE_URL}/status?lang=nl`);
    expect(items[0]!.title).toBe('Oorzaak gevonden: iDEAL-betalingen mislukken nog');
    expect(items[0]!.link).toBe(`${FIXTURE_URL}/status/incidents/${fixtureId('incident', 3)}?lang=nl`);
    expect(items[0]!.description).toContain('Betrokken onderdelen: iDEAL-betalingen (werkt niet).');
    const maintenance = items.find((i) => i.guid === `urn:uuid:${fixtureId('maintenance', 2)}`)!;
    expect(maintenance.title).toBe('Gepland onderhoud: Onderhoud Mijn omgeving');
    expect(maintenance.description).toContain(
      'Van 3 december 2026 om 11:00 CET tot 3 december 2026 om 13:00 CET.',
    );
    // The same update keeps its guid in both languages.
    const en = await parse(renderRss(s, { lang: 'en' }));
    expect(items.map((i) => i.guid).sort()).toEqual(en.items.map((i) => i.guid).sort());
  });

  it('keeps guids stable when the page changes', async () => {
    const before = await parse(renderRss(buildSnapshot(), { lang: 'en' }));
    // An hour later, with one more update on the first incident.
    const later = buildSnapshot({ now: '2026-12-01T11:00:00.000Z' });
    const incident = later.incidents.find((i) => i.id === fixtureId('incident', 1))!;
    incident.updates.unshift({
      id: fixtureId('update', 99),
      status: 'resolved',
      body: { nl: 'Opgelost.', en: 'Resolved.' },
      subject: { nl: 'Inloggen werkt weer', en: 'Login works again' },
      created_at: '2026-12-01T10:59:00.000Z',
      affected_components: [],
    });
    const after = await parse(renderRss(later, { lang: 'en' }));
    const guid = (p: Parsed, subjectEnd: string) => p.items.find((i) => i.title.endsWith(subjectEnd))!.guid;
    expect(after.items).toHaveLength(before.items.length + 1);
    expect(after.items[0]!.guid).toBe(`urn:uuid:${fixtureId('update', 99)}`);
    expect(after.items[0]!.title).toBe('Resolved: Login works again');
    expect(guid(after, 'iDEAL payments still fail')).toBe(guid(before, 'iDEAL payments still fail'));
    for (const item of before.items) expect(after.items.map((i) => i.guid)).toContain(item.guid);
  });

  it('shows only the last 90 days', async () => {
    const s = buildSnapshot();
    const old = s.incidents.find((i) => i.id === fixtureId('incident', 2))!;
    old.updates.push({
      id: fixtureId('update', 98),
      status: 'investigating',
      body: { nl: 'Heel oud.', en: 'Very old.' },
      subject: { nl: 'Oud', en: 'Old' },
      created_at: new Date(Date.parse(s.generated_at) - 91 * 86_400_000).toISOString(),
      affected_components: [],
    });
    s.maintenances.unshift({
      ...s.maintenances[0]!,
      id: fixtureId('maintenance', 98),
      status: 'completed',
      scheduled_for: '2026-08-01T08:00:00.000Z',
      scheduled_until: '2026-08-01T09:00:00.000Z',
      created_at: '2026-07-20T08:00:00.000Z',
      updated_at: '2026-07-20T08:00:00.000Z',
    });
    const { items } = await parse(renderRss(s, { lang: 'en' }));
    const guids = items.map((i) => i.guid);
    expect(guids).not.toContain(`urn:uuid:${fixtureId('update', 98)}`);
    expect(guids).not.toContain(`urn:uuid:${fixtureId('maintenance', 98)}`);
    // 89 days back is still in.
    old.updates.at(-1)!.created_at = new Date(Date.parse(s.generated_at) - 89 * 86_400_000).toISOString();
    const again = await parse(renderRss(s, { lang: 'en' }));
    expect(again.items.map((i) => i.guid)).toContain(`urn:uuid:${fixtureId('update', 98)}`);
  });

  it('is an empty but valid feed when nothing happened', async () => {
    const s = buildSnapshot();
    s.incidents = [];
    s.maintenances = [];
    const { meta, items } = await parse(renderRss(s, { lang: 'en' }));
    expect(meta.title).toBe('Voorbeeld Zorgverzekeraar status');
    expect(items).toEqual([]);
  });
});

describe('Atom 1.0 feed', () => {
  it('has the feed fields and entries with ids, dates, links and HTML content', async () => {
    const s = buildSnapshot();
    const xml = renderAtom(s, { lang: 'en' });
    const { meta, items } = await parse(xml);
    expect(meta['#type']).toBe('atom');
    expect(meta.title).toBe('Voorbeeld Zorgverzekeraar status');
    expect(meta.link).toBe(`${FIXTURE_URL}/status?lang=en`);
    expect(meta.xmlurl).toBe(`${FIXTURE_URL}/status/feed.atom?lang=en`);
    expect(meta.author).toBe('Voorbeeld Zorgverzekeraar');
    expect(meta.date?.toISOString()).toBe(new Date(s.page.updated_at).toISOString());
    expect(meta['atom:id']['#']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);

    expect(items).toHaveLength(allUpdates(s).length + s.maintenances.length);
    for (const { incident, update } of allUpdates(s)) {
      const entry = items.find((i) => i.guid === `urn:uuid:${update.id}`)!;
      expect(entry, update.id).toBeDefined();
      expect(entry.link).toBe(`${FIXTURE_URL}/status/incidents/${incident.id}?lang=en`);
      expect(entry.pubdate!.toISOString()).toBe(new Date(update.created_at).toISOString());
      expect(entry.date!.toISOString()).toBe(new Date(update.created_at).toISOString());
      expect(entry['atom:content']['@'].type).toBe('html');
    }
    const entry = items.find((i) => i.title === 'Identified: Login does not work')!;
    expect(entry.description).toContain('<ul>\n<li>Your data is safe.</li>');
    // The in-progress maintenance changed when it started: `updated` is its start, `published` its announcement.
    const m = items.find((i) => i.guid === `urn:uuid:${fixtureId('maintenance', 1)}`)!;
    const snapshotM = s.maintenances.find((x) => x.id === fixtureId('maintenance', 1))!;
    expect(m.date!.toISOString()).toBe(snapshotM.scheduled_for);
    expect(m.pubdate!.toISOString()).toBe(snapshotM.created_at);
  });

  it('has a feed id per language and Dutch words in Dutch', async () => {
    const s = buildSnapshot();
    const nl = await parse(renderAtom(s, { lang: 'nl' }));
    const en = await parse(renderAtom(s, { lang: 'en' }));
    expect(nl.meta.title).toBe('Status van Voorbeeld Zorgverzekeraar');
    expect(nl.meta.language).toBe('nl');
    expect(nl.items[0]!.title).toBe('Oorzaak gevonden: iDEAL-betalingen mislukken nog');
    expect(nl.meta['atom:id']['#']).not.toBe(en.meta['atom:id']['#']);
    // Stable: the same page gives the same feed id every time.
    expect((await parse(renderAtom(buildSnapshot(), { lang: 'nl' }))).meta['atom:id']['#']).toBe(
      nl.meta['atom:id']['#'],
    );
  });

  it('uses tag: URIs for ids that are not UUIDs', async () => {
    const s = buildSnapshot();
    s.incidents[0]!.updates[0]!.id = 'msg 42/x';
    const { items } = await parse(renderAtom(s, { lang: 'en' }));
    const createdDay = s.incidents[0]!.updates[0]!.created_at.slice(0, 10);
    expect(items[0]!.guid).toBe(`tag:status.example.nl,${createdDay}:status-update/msg%2042%2Fx`);
  });
});

describe('escaping', () => {
  const hostile =
    'Tom & Jerry <script>alert("x")</script> ]]> \'quote\' \u0000\u0001\u000B\u001F\uFFFE\uFFFF\uD800 ok 💥';

  function hostileSnapshot(): StatusSnapshot {
    const s = buildSnapshot({ name: hostile, url: 'https://status.example.nl/a&b' });
    const incident = s.incidents[0]!;
    incident.updates[0]!.subject = { nl: hostile, en: hostile };
    incident.updates[0]!.body = {
      nl: `${hostile}\n\n<img src=x onerror=alert(1)>`,
      en: `${hostile}\n\n<img src=x onerror=alert(1)>`,
    };
    const c = s.components.find((c) => c.id === incident.updates[0]!.affected_components[0]!.id)!;
    c.name = { nl: hostile, en: hostile };
    s.maintenances[0]!.name = { nl: hostile, en: hostile };
    return s;
  }

  for (const [format, render] of [
    ['RSS', renderRss],
    ['Atom', renderAtom],
  ] as const) {
    it(`keeps hostile text as text in ${format}, without characters XML forbids`, async () => {
      const xml = render(hostileSnapshot(), { lang: 'en' });
      expect(NOT_XML_CHAR.test(xml)).toBe(false);
      expect(xml).not.toContain('<script');
      expect(xml).not.toContain('<img');
      const { meta, items } = await parse(xml);
      // feedparser strips tags from titles itself; the words around them arrive intact and unescaped once.
      expect(meta.title).toContain('Tom & Jerry');
      expect(meta.title).toContain(`]]> 'quote'`);
      expect(meta.title).toContain('ok 💥');
      const item = items[0]!;
      expect(item.title).toContain('Tom & Jerry');
      expect(item.title).toContain('ok 💥');
      // The HTML a reader shows: the script and the image are text, not elements.
      expect(item.description).toContain('Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(item.description).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(item.description).not.toMatch(/<script|<img/);
      expect(item.link).toContain('https://status.example.nl/a&b/status/incidents/');
    });
  }
});
