// The public press page /press: only statements published to the press channel of real, not need-to-know
// incidents, newest first, corrections linked both ways, and the spokesperson's contact from the current plan.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { declare } from '../incidents/support.js';
import { bilingual, crisisTeam, publish, publishCorrection, visibleText, type Team } from './support.js';

forEachDatabase('press page', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let team: Team;
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Client(server.url).get<string>(path, headers);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    team = await crisisTeam(admin, server.url);
    await bilingual(admin, ['press', 'employees']);
  });
  afterAll(() => server?.close());

  it('is public, briefly cacheable, and names the press contact before any statement', async () => {
    const res = await get('/press');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=10');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    expect(res.headers.get('x-robots-tag')).toBeNull();
    const text = visibleText(res.body);
    expect(text).toContain('Press statements');
    expect(text).toContain('There are no press statements at the moment.');
    // The starter plan's organisation.press_contact.
    expect(text).toContain('Press contact Journalists can contact: Maria Santos (example)');
    expect(res.body).toContain('<a href="mailto:maria.santos@example.org">maria.santos@example.org</a>');
    expect(res.body).toContain('<a href="tel:+31620000004">+31 6 2000 0004</a>');
    expect(res.body).not.toContain('<script');
  });

  it('shows only press statements of real, not need-to-know incidents, newest first, with time and reference', async () => {
    const incident = await declare(team.comms, { title: 'Customer portal down' });
    const first = await publish(team, incident.id, {
      audience: 'press',
      contents: [
        { language: 'en', subject: 'Customer portal unavailable', body: 'Our customer portal is **down**.' },
        {
          language: 'nl',
          subject: 'Klantportaal niet bereikbaar',
          body: 'Ons klantportaal is **onbereikbaar**.',
        },
      ],
    });
    expect(first.channels).toEqual(['press']);
    await publish(team, incident.id, {
      audience: 'employees',
      channels: ['internal_page', 'email'],
      contents: [{ language: 'en', subject: 'For employees only', body: 'Internal words.' }],
    });
    const exercise = await declare(team.comms, { title: 'Drill', exercise: true });
    await publish(team, exercise.id, {
      audience: 'press',
      contents: [{ language: 'en', subject: 'Exercise statement', body: 'Words of the exercise.' }],
    });
    const secret = await declare(team.comms, { title: 'Board matter', restricted: true });
    await publish(team, secret.id, {
      audience: 'press',
      contents: [{ language: 'en', subject: 'Need to know statement', body: 'Words of the team.' }],
    });
    const second = await publish(team, incident.id, {
      audience: 'press',
      contents: [{ language: 'en', subject: 'Portal back', body: 'The portal works again.' }],
    });

    const res = await get('/press');
    const text = visibleText(res.body);
    expect(text).toContain('Customer portal unavailable');
    expect(res.body).toContain('Our customer portal is <strong>down</strong>.');
    expect(text).toMatch(
      new RegExp(
        `Published on \\d{1,2} \\w+ \\d{4} at \\d{2}:\\d{2} CES?T · Reference ${incident.reference}`,
      ),
    );
    expect(text.indexOf('Portal back')).toBeLessThan(text.indexOf('Customer portal unavailable'));
    expect(res.body).toContain(`id="m-${second.id}"`);
    for (const hidden of [
      'For employees only',
      'Internal words',
      'Exercise statement',
      'Need to know statement',
    ])
      expect(res.body).not.toContain(hidden);
    // The incident's internal title is not for the press: only its reference.
    expect(res.body).not.toContain('Customer portal down');
  });

  it('links a correction and the statement it corrects, both ways', async () => {
    const incident = await declare(team.comms, { title: 'Data leak' });
    const original = await publish(team, incident.id, {
      audience: 'press',
      contents: [{ language: 'en', subject: 'About 200 customers affected', body: 'Around 200 customers.' }],
    });
    const correction = await publishCorrection(team, incident.id, original.id, [
      { language: 'en', subject: 'About 2,000 customers affected', body: 'We said 200; it is 2,000.' },
    ]);
    expect(correction.corrects_id).toBe(original.id);

    const res = await get('/press');
    const originalArticle = res.body.slice(res.body.indexOf(`id="m-${original.id}"`));
    const correctionArticle = res.body.slice(res.body.indexOf(`id="m-${correction.id}"`));
    expect(visibleText(originalArticle.slice(0, originalArticle.indexOf('</article>')))).toMatch(
      /This statement was corrected on \d{1,2} \w+ \d{4} at \d{2}:\d{2} CES?T\. Read the correction/,
    );
    expect(originalArticle).toContain(`<a href="#m-${correction.id}">Read the correction</a>`);
    expect(visibleText(correctionArticle.slice(0, correctionArticle.indexOf('</article>')))).toMatch(
      /This corrects our statement of \d{1,2} \w+ \d{4} at \d{2}:\d{2} CES?T\. Read the original/,
    );
    expect(correctionArticle).toContain(`<a href="#m-${original.id}">Read the original</a>`);
  });

  it('speaks Dutch or English, with the statement in the language asked for when it exists', async () => {
    const nl = await get('/press?lang=nl');
    expect(nl.body).toContain('<html lang="nl">');
    const text = visibleText(nl.body);
    expect(text).toContain('Persberichten');
    expect(text).toContain('Contact voor de pers');
    expect(text).toContain('Klantportaal niet bereikbaar');
    expect(nl.body).toContain('Ons klantportaal is <strong>onbereikbaar</strong>.');
    // English only: shown in English, marked for the reader and for screen readers.
    expect(nl.body).toMatch(/<h3 lang="en">Portal back<\/h3>/);
    expect(text).toContain('Alleen in het Engels beschikbaar.');
    expect(text).toMatch(/Gepubliceerd op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
    expect((await get('/press', { 'accept-language': 'nl' })).body).toContain('<html lang="nl">');
    expect((await get('/press?lang=xx', { 'accept-language': 'fr' })).body).toContain('<html lang="en">');
  });

  it('escapes hostile statements', async () => {
    const incident = await declare(team.comms, { title: 'Hostile' });
    await publish(team, incident.id, {
      audience: 'press',
      contents: [
        {
          language: 'en',
          subject: '<img src=x onerror=alert(1)>',
          body: '<script>alert(2)</script>\n\n[x](javascript:alert(3))\n\n<iframe src="https://evil.example"></iframe>',
        },
      ],
    });
    const res = await get('/press');
    expect(res.body).not.toMatch(/<(script|img|iframe)/i);
    expect(res.body).not.toMatch(/href="javascript:/i);
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('takes the contact from the current plan: press_contact, else the communications lead', async () => {
    const { plan } = (await admin.get('/api/v1/plan')).body;
    plan.organisation.press_contact = { name: 'Press Office <Team>', email: 'press@example.org' };
    expect((await admin.request('PUT', '/api/v1/plan', { plan, description: 'Press office' })).status).toBe(
      200,
    );
    let res = await get('/press');
    expect(visibleText(res.body)).toContain('Journalists can contact: Press Office <Team>');
    expect(res.body).toContain('Press Office &lt;Team&gt;');
    expect(res.body).not.toContain('tel:');

    delete plan.organisation.press_contact;
    const lead = plan.roles.find((r: { id: string }) => r.id === 'communications_lead');
    lead.primary = 'jordan_lee';
    lead.deputies = lead.deputies.filter((d: string) => d !== 'jordan_lee');
    const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'No press contact' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const jordan = plan.people.find((p: { id: string }) => p.id === 'jordan_lee');
    res = await get('/press');
    expect(visibleText(res.body)).toContain(`Journalists can contact: ${jordan.name}`);
    expect(res.body).toContain(`mailto:${jordan.email}`);
  });
});
