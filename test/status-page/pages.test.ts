// The public status pages rendered from a snapshot, over HTTP: what they show, that hostile text stays text, the
// language rules, 404 for anything that is not a public incident, the size budget, and the feed and JSON routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusSnapshot } from '../../src/core/status-page/snapshot.js';
import { renderStatusPage } from '../../src/status-page/html/status.js';
import { fixtureSnapshot, startPageServer } from './pages-fixture.js';

type Server = Awaited<ReturnType<typeof startPageServer>>;

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('status pages', () => {
  let server: Server;
  let snapshot: StatusSnapshot;
  beforeAll(async () => {
    snapshot = fixtureSnapshot();
    server = await startPageServer({ load: async () => snapshot, defaultLanguage: async () => 'nl' });
  });
  afterAll(() => server?.close());

  it('shows the overall state, open incidents with every update, maintenance and every component', async () => {
    const { status, headers, text } = await get(`${server.url}/status?lang=en`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(text).toContain('<html lang="en">');
    // One component has a major outage and an incident is critical: the banner says so in words, with an icon.
    expect(text).toMatch(
      /class="card banner s-major_outage" role="status"><span class="ic" aria-hidden="true">✕<\/span> Major system outage/,
    );
    for (const g of snapshot.groups) expect(text).toContain(`<h3>${g.name.en}</h3>`);
    for (const c of snapshot.components) expect(text).toContain(`<span class="nm">${c.name.en}</span>`);
    expect(text).toContain('Major outage');
    expect(text).toContain('Degraded performance');
    const open = snapshot.incidents.filter((i) => i.status !== 'resolved');
    expect(open).toHaveLength(3);
    for (const i of open) {
      expect(text).toContain(`<a href="/status/incidents/${i.id}">${i.name.en}</a>`);
      for (const u of i.updates)
        expect(text).toContain(u.body.en.replace(/\*\*(.+?)\*\*/, '<strong>$1</strong>'));
    }
    // The resolved one is history, not a current incident.
    const resolved = snapshot.incidents.find((i) => i.status === 'resolved')!;
    expect(text).not.toContain(resolved.name.en);
    for (const m of snapshot.maintenances) expect(text).toContain(m.name.en);
    // Each has an anchor: the feeds and the JSON's shortlink point at /status#maintenance-{id}.
    for (const m of snapshot.maintenances.filter((x) => x.status !== 'completed'))
      expect(text).toContain(`id="maintenance-${m.id}"`);
    expect(text).toContain('<strong>In progress</strong>');
    // Times in the page's zone (the fixture's first update is 09:40 UTC, 10:40 in Amsterdam in winter).
    expect(text).toContain('30 November 2026 at 10:40 CET');
    // 90-day bars: a sentence in words per component.
    expect(text).toContain('87 of 90 days without problems');
    expect(text).toContain('68 of 70 days without problems');
    expect(text).toContain('Degraded performance');
  });

  it("shows the organisation's logo and accent colour", () => {
    const s = fixtureSnapshot();
    const html = renderStatusPage(
      { ...s, page: { ...s.page, logo_url: 'https://example.org/logo.svg', accent_color: '#7a1f5c' } },
      'nl',
    );
    expect(html).toContain('<img src="https://example.org/logo.svg" alt="Logo van Gemeente Voorbeeld"');
    expect(html).toContain(':root{--a:#7a1f5c}');
    // Another time zone shows other clock times.
    const ny = renderStatusPage({ ...s, page: { ...s.page, time_zone: 'America/New_York' } }, 'en');
    expect(ny).toContain('30 November 2026 at 04:40 GMT-5');
  });

  it('lists incidents resolved in the last week, linked to their page', () => {
    const s = fixtureSnapshot();
    const done = s.incidents.find((i) => i.resolved_at)!;
    expect(renderStatusPage(s, 'en')).not.toContain('Recently resolved');
    done.resolved_at = new Date(Date.parse(s.generated_at) - 2 * 86_400_000).toISOString();
    const html = renderStatusPage(s, 'en');
    expect(html).toContain('<h2 id="h-res">Recently resolved</h2>');
    expect(html).toContain(`<a href="/status/incidents/${done.id}?lang=en">${done.name.en}</a>`);
  });

  it('has the subscribe form, the links to history, feeds and JSON, and only safe footer links', async () => {
    const { text } = await get(`${server.url}/status?lang=nl`);
    expect(text).toContain('<form method="post" action="/status/subscribe">');
    expect(text).toContain('<input type="hidden" name="language" value="nl">');
    expect(text).toMatch(/<input id="sub-email" type="email" name="email" required/);
    const details = text.slice(text.indexOf('<details>'), text.indexOf('</details>'));
    for (const c of snapshot.components)
      expect(details).toContain(`<input type="checkbox" name="components" value="${c.id}"> ${c.name.nl}`);
    for (const href of [
      '/status/history?lang=nl',
      '/status/feed.rss?lang=nl',
      '/status/feed.atom?lang=nl',
      '/api/v2/summary.json',
    ])
      expect(text).toContain(`href="${href}"`);
    expect(text).toContain('<a href="https://example.org/contact" rel="noopener">Contact</a>');
    expect(text).not.toContain('javascript:');
  });

  it('picks the language from ?lang=, else Accept-Language, else the organisation, with a switch link', async () => {
    const nl = await get(`${server.url}/status?lang=nl`, { 'accept-language': 'en' });
    expect(nl.text).toContain('<html lang="nl">');
    expect(nl.text).toContain('Grote storing');
    expect(nl.text).toContain('href="?lang=en" lang="en" hreflang="en"');
    expect(nl.headers.get('vary')).toBe('Accept-Encoding');
    const en = await get(`${server.url}/status`, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('href="?lang=nl" lang="nl" hreflang="nl"');
    expect(en.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
    const neither = await get(`${server.url}/status?lang=fr`, { 'accept-language': 'de' });
    expect(neither.text).toContain('<html lang="nl">');
    const history = await get(`${server.url}/status/history`, { 'accept-language': 'nl-NL' });
    expect(history.text).toContain('<html lang="nl">');
    expect(history.text).toContain('Geschiedenis');
  });

  it('stays under 30 KB with three open incidents of four updates and twelve components in three groups', async () => {
    expect(snapshot.components).toHaveLength(12);
    expect(snapshot.groups).toHaveLength(3);
    for (const l of ['nl', 'en']) {
      const { text } = await get(`${server.url}/status?lang=${l}`);
      const bytes = Buffer.byteLength(text);
      expect(bytes).toBeLessThan(30 * 1024);
      expect(bytes).toBeGreaterThan(5 * 1024);
    }
  });

  it('lists the last 90 days by month on the history page, linking each incident', async () => {
    const { status, text } = await get(`${server.url}/status/history?lang=en`);
    expect(status).toBe(200);
    for (const month of ['November 2026', 'October 2026', 'September 2026'])
      expect(text).toContain(`>${month}</h2>`);
    // The fixture's generated_at is 30 November: the window reaches back to 1 September.
    expect(text).toContain('>September 2026</h2>\n<p>No incidents this month.</p>');
    for (const i of snapshot.incidents)
      expect(text).toContain(`<a href="/status/incidents/${i.id}?lang=en">${i.name.en}</a>`);
    const resolved = snapshot.incidents.find((i) => i.resolved_at)!;
    expect(text).toContain(
      `Resolved <time datetime="${resolved.resolved_at}">8 November 2026 at 23:40 CET</time>`,
    );
  });

  it('shows an incident on its own page, and 404 for any id that is not a public incident', async () => {
    const incident = snapshot.incidents[0]!;
    const page = await get(`${server.url}/status/incidents/${incident.id}?lang=nl`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<h1>${incident.name.nl}</h1>`);
    for (const u of incident.updates)
      expect(page.text).toContain(u.body.nl.replace(/\*\*(.+?)\*\*/, '<strong>$1</strong>'));
    for (const path of [
      '/status/incidents/00000000-0000-4000-8000-000000000000',
      '/status/incidents/not-an-id',
      '/status/incidents/%3Cscript%3E',
      '/status/no-such-page',
    ]) {
      const missing = await get(`${server.url}${path}?lang=en`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(missing.text).toContain('Nothing public is at this address.');
      expect(missing.text).not.toContain('<script>');
    }
  });

  it('serves the feeds and the eight Statuspage documents with their content types and CORS open for GET', async () => {
    const rss = await get(`${server.url}/status/feed.rss?lang=en`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(rss.headers.get('access-control-allow-origin')).toBe('*');
    expect(rss.text).toContain('<rss');
    const atom = await get(`${server.url}/status/feed.atom?lang=nl`);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom.text).toContain('<feed');
    for (const name of [
      'summary',
      'status',
      'components',
      'incidents',
      'incidents/unresolved',
      'scheduled-maintenances',
      'scheduled-maintenances/upcoming',
      'scheduled-maintenances/active',
    ]) {
      const res = await get(`${server.url}/api/v2/${name}.json`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const body = JSON.parse(res.text) as { page: { id: string } };
      expect(body.page.id).toBe(snapshot.page.id);
    }
    const unresolved = JSON.parse((await get(`${server.url}/api/v2/incidents/unresolved.json`)).text) as {
      incidents: unknown[];
    };
    expect(unresolved.incidents).toHaveLength(3);
    const preflight = await fetch(`${server.url}/api/v2/summary.json`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://widget.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('if-none-match');
  });
});

describe('status pages with hostile text', () => {
  const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;
  let server: Server;
  beforeAll(async () => {
    const s = fixtureSnapshot({ hostile });
    server = await startPageServer({ load: async () => s });
  });
  afterAll(() => server?.close());

  it('escapes every name, text and setting on every page', async () => {
    const incident = fixtureSnapshot({ hostile }).incidents[0]!;
    for (const path of [
      '/status?lang=en',
      '/status?lang=nl',
      '/status/history?lang=en',
      `/status/incidents/${incident.id}`,
    ]) {
      const { status, text } = await get(`${server.url}${path}`);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain('<script>');
      expect(text, path).not.toMatch(/<img src=x/);
      expect(text, path).not.toContain('onerror=alert(2)>');
      expect(text, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      // A colour that is not #rrggbb never reaches the stylesheet; the default accent is used.
      expect(text, path).toContain(':root{--a:#1c5dad}');
      expect(text, path).not.toContain('#123456;}');
    }
    // A logo address with markup characters in it is not shown at all.
    const { text } = await get(`${server.url}/status?lang=en`);
    expect(text).not.toContain('logo.png');
    expect(text).not.toContain('<img');
  });
});
