// The employees' page /internal: the secret link or a login, only internal_page updates of current real incidents,
// the plan's guidance and the next update time, in Dutch or English; a wrong key reveals nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { accountWith, declare } from '../incidents/support.js';
import { bilingual, crisisTeam, publish, visibleText, type Team } from './support.js';

const PUBLIC_URL = 'https://stormbell.example.org';

forEachDatabase('internal page', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let team: Team;
  let key: string;
  const get = (path: string, headers: Record<string, string> = {}, c = new Client(server.url)) =>
    c.get<string>(path, headers);

  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { STORMBELL_PUBLIC_URL: PUBLIC_URL } });
    admin = await setUp(server.url);
    team = await crisisTeam(admin, server.url);
    await bilingual(admin, ['employees']);
    const link = await admin.get('/api/v1/internal-page/link');
    expect(link.status).toBe(200);
    key = new URL(link.body.url).pathname.replace('/internal/', '');
  });
  afterAll(() => server?.close());

  it('hands out a stable secret link to admins only', async () => {
    const link = (await admin.get('/api/v1/internal-page/link')).body.url;
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/internal/[A-Za-z0-9_-]{43}$`));
    expect((await admin.get('/api/v1/internal-page/link')).body.url).toBe(link);
    expect((await team.comms.get('/api/v1/internal-page/link')).status).toBe(403);
    expect((await new Client(server.url).get('/api/v1/internal-page/link')).status).toBe(401);
    // Its own key: the report form's link (shared just as widely) is not it.
    const reportKey = new URL((await admin.get('/api/v1/intake/report-link')).body.url).pathname.split(
      '/',
    )[2]!;
    expect(reportKey).not.toBe(key);
    expect((await get(`/internal/${reportKey}`)).status).toBe(404);
  });

  it('is calm when nothing is going on, and private: not cached, not indexed, no Referer', async () => {
    const res = await get(`/internal/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.body).toContain('<html lang="en">');
    const text = visibleText(res.body);
    expect(text).toContain('Updates for employees');
    expect(text).toContain('No incidents at the moment');
    expect(text).toContain('Waterschap Test');
    // Not the React app: complete without a script.
    expect(res.body).not.toContain('<script');
  });

  it('answers a wrong key exactly like an address that does not exist, revealing nothing', async () => {
    await declare(team.comms, { title: 'Printers offline at head office' });
    const wrong = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    const answers = await Promise.all(
      [wrong, 'nope', `${key}x`, key.toLowerCase()].map((k) => get(`/internal/${k}`)),
    );
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(res.headers.get('x-robots-tag')).toBe('noindex');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(visibleText(res.body)).toContain('Page not found');
      expect(res.body).not.toContain('Printers offline');
      expect(res.body).not.toContain('Waterschap Test');
      expect(res.body).toBe(answers[0]!.body);
    }
  });

  it('asks someone without login or link to log in, and shows nothing else', async () => {
    const res = await get('/internal');
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(visibleText(res.body)).toContain('Log in to read this page');
    expect(res.body).toContain('href="/login"');
    expect(res.body).not.toContain('Printers offline');
    // A stale or forged session cookie is no login either.
    const forged = new Client(server.url);
    forged.cookies.set('sb_session', 'forged');
    expect((await get('/internal', {}, forged)).status).toBe(401);
  });

  describe('with incidents going on', () => {
    let ransomware: any;
    beforeAll(async () => {
      ransomware = await declare(team.comms, { title: 'Ransomware on the file servers' });
      await publish(team, ransomware.id, {
        audience: 'employees',
        channels: ['internal_page'],
        contents: [
          {
            language: 'en',
            subject: 'Files unavailable this morning',
            body: 'The shared drives are **offline**.\n\n- Work on paper\n- Ask the [service desk](https://intranet.example.org/help)',
          },
          {
            language: 'nl',
            subject: 'Bestanden vanochtend niet beschikbaar',
            body: 'De gedeelde schijven zijn **offline**.',
          },
        ],
      });
      await publish(team, ransomware.id, {
        audience: 'employees',
        channels: ['email'],
        contents: [{ language: 'en', subject: 'Sent by email only', body: 'Words for the mailbox only.' }],
      });
      const next = new Date(Date.now() + 2 * 3600_000).toISOString();
      const sheet = await team.comms.request('PUT', `/api/v1/incidents/${ransomware.id}/fact-sheet`, {
        what_happened: 'Ransomware',
        affected: 'File servers',
        actions: 'Isolated',
        advice: 'Work on paper',
        expected_recovery: 'Tomorrow',
        next_update_at: next,
      });
      expect(sheet.status).toBe(200);

      const exercise = await declare(team.comms, { title: 'Phishing drill', exercise: true });
      await publish(team, exercise.id, {
        audience: 'employees',
        channels: ['internal_page'],
        contents: [{ language: 'en', subject: 'Drill update', body: 'Words of the exercise.' }],
      });
      const secret = await declare(team.comms, { title: 'Director mailbox compromised', restricted: true });
      await publish(team, secret.id, {
        audience: 'employees',
        channels: ['internal_page'],
        contents: [{ language: 'en', subject: 'Need to know update', body: 'Words for the team only.' }],
      });
    });

    it('shows each current real incident: status in plain words, next update, guidance, internal updates', async () => {
      const res = await get(`/internal/${key}`);
      expect(res.status).toBe(200);
      const text = visibleText(res.body);
      expect(text).toContain('Ransomware on the file servers');
      expect(text).toContain('Printers offline at head office');
      expect(text).toContain('Status: We are finding out what happened.');
      expect(text).toMatch(/Next update: \d{1,2} \w+ \d{4} at \d{2}:\d{2} CES?T/);
      // The ransomware scenario's employee guidance, from the plan the incident runs on.
      expect(text).toContain('What you can do');
      expect(text).toContain('leave the computer on');
      expect(text).toContain('What you must not do');
      expect(text).toContain('Do not plug USB sticks');
      // The internal update, from Markdown.
      expect(text).toContain('Files unavailable this morning');
      expect(res.body).toContain('<strong>offline</strong>');
      expect(res.body).toContain(
        '<a href="https://intranet.example.org/help" rel="noopener noreferrer">service desk</a>',
      );
      expect(text).toMatch(/Published on \d{1,2} \w+ \d{4} at \d{2}:\d{2}/);
      // An incident without updates says so.
      expect(text).toContain('There is no update yet.');
      expect(res.body).not.toContain('No incidents at the moment');
    });

    it('never shows email-only messages, exercises or need-to-know incidents through the link', async () => {
      const res = await get(`/internal/${key}`);
      for (const hidden of [
        'Sent by email only',
        'Words for the mailbox only',
        'Phishing drill',
        'Drill update',
        'Director mailbox compromised',
        'Need to know update',
      ])
        expect(res.body).not.toContain(hidden);
    });

    it('opens for a logged-in account, with need-to-know incidents only for those who may see them', async () => {
      const viewer = await accountWith(admin, server.url, 'vera.viewer@example.org', 'viewer');
      const asViewer = await get('/internal', {}, viewer);
      expect(asViewer.status).toBe(200);
      expect(asViewer.headers.get('cache-control')).toBe('private, no-store');
      expect(asViewer.body).toContain('Ransomware on the file servers');
      expect(asViewer.body).not.toContain('Director mailbox compromised');

      for (const insider of [admin, team.comms]) {
        const res = await get('/internal', {}, insider);
        expect(res.status).toBe(200);
        expect(res.body).toContain('Director mailbox compromised');
        expect(res.body).toContain('Need to know update');
        expect(visibleText(res.body)).toContain('Confidential: only the incident team sees this incident');
        // Exercises never, for anyone.
        expect(res.body).not.toContain('Phishing drill');
      }
      // A logged-in account at the keyed address sees what it may see too.
      expect((await get(`/internal/${key}`, {}, admin)).body).toContain('Director mailbox compromised');
    });

    it('speaks Dutch or English: ?lang=, then the account, then the browser, then the organisation', async () => {
      const nl = await get(`/internal/${key}?lang=nl`);
      expect(nl.body).toContain('<html lang="nl">');
      const text = visibleText(nl.body);
      expect(text).toContain('Berichten voor medewerkers');
      expect(text).toContain('Bestanden vanochtend niet beschikbaar');
      expect(text).toContain('Stand van zaken: We zoeken uit wat er is gebeurd.');
      expect(text).toMatch(/Volgende bericht: \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
      // The plan is English: its guidance says so, and carries its language for screen readers.
      expect(text).toContain('Alleen in het Engels beschikbaar.');
      expect(nl.body).toMatch(/<ul lang="en"><li>If your screen shows a ransom message/);
      // The switch link leads to the other language, on the same address.
      expect(nl.body).toContain('href="?lang=en" lang="en" hreflang="en">Read this page in English</a>');

      expect((await get(`/internal/${key}`, { 'accept-language': 'nl-NL,nl;q=0.9' })).body).toContain(
        '<html lang="nl">',
      );
      expect((await get(`/internal/${key}`, { 'accept-language': 'de-DE' })).body).toContain(
        '<html lang="en">',
      );

      const dutchViewer = await accountWith(admin, server.url, 'dirk@example.org', 'viewer');
      expect((await dutchViewer.patch('/api/v1/me', { language: 'nl' })).status).toBe(200);
      expect((await get('/internal', { 'accept-language': 'en' }, dutchViewer)).body).toContain(
        '<html lang="nl">',
      );
      expect((await get('/internal?lang=en', {}, dutchViewer)).body).toContain('<html lang="en">');
    });

    it('shows a message in the language it exists in, marked as such', async () => {
      await publish(team, ransomware.id, {
        audience: 'employees',
        channels: ['internal_page'],
        contents: [{ language: 'en', subject: 'English only update', body: 'Only in English.' }],
      });
      const res = await get(`/internal/${key}?lang=nl`);
      expect(res.body).toMatch(/<h4 lang="en">English only update<\/h4>/);
      expect(visibleText(res.body)).toContain('Alleen in het Engels beschikbaar. Only in English.');
    });

    it('escapes hostile text and Markdown: no script, no event handler, no javascript: link', async () => {
      await publish(team, ransomware.id, {
        audience: 'employees',
        channels: ['internal_page'],
        contents: [
          {
            language: 'en',
            subject: 'Update <script>alert("subject")</script>',
            body: [
              '<script>alert(1)</script>',
              '<img src=x onerror=alert(2)>',
              '[click](javascript:alert(3))',
              '![x](data:image/svg+xml;base64,PHN2Zz4=)',
              '<a href="javascript:alert(4)">x</a>',
            ].join('\n\n'),
          },
        ],
      });
      const res = await get(`/internal/${key}`);
      expect(res.body).not.toMatch(/<script/i);
      expect(res.body).not.toMatch(/<img/i);
      expect(res.body).not.toMatch(/href="(javascript|data):/i);
      expect(res.body).not.toMatch(/<[^>]*\son\w+=/i);
      expect(res.body).toContain('Update &lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;');
      expect(res.body).toContain('&lt;img src=x onerror=alert(2)&gt;');
    });

    it('follows the phase in plain words, and drops a closed incident', async () => {
      const printers = (await admin.get('/api/v1/incidents?q=Printers')).body.items[0];
      expect(printers.title).toBe('Printers offline at head office');
      const to = (phase: string) =>
        team.comms.post(`/api/v1/incidents/${printers.id}/phase`, {
          phase,
          reason: 'False alarm: maintenance.',
        });
      expect((await to('containment')).status).toBe(200);
      expect(visibleText((await get(`/internal/${key}`)).body)).toContain(
        'Status: We are limiting the damage.',
      );

      const detail = (await team.comms.get(`/api/v1/incidents/${printers.id}`)).body;
      for (const task of detail.tasks.filter(
        (t: { status: string }) => t.status === 'todo' || t.status === 'doing',
      ))
        expect(
          (
            await team.comms.patch(`/api/v1/incidents/${printers.id}/tasks/${task.id}`, {
              status: 'skipped',
              reason: 'False alarm',
            })
          ).status,
        ).toBe(200);
      // A false alarm needs no review: it is skipped with the reason (the review's close guard).
      expect(
        (
          await team.comms.post(`/api/v1/incidents/${printers.id}/review/skip`, {
            reason: 'False alarm: maintenance.',
          })
        ).status,
      ).toBe(200);
      const closed = await to('closed');
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      const res = await get(`/internal/${key}`);
      expect(res.body).not.toContain('Printers offline');
      expect(res.body).toContain('Ransomware on the file servers');
    });
  });
});
