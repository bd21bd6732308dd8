// The internal and press pages in Chromium, at phone and desktop width, in Dutch and English: no script needed,
// nothing wider than the screen, one h1 and the landmarks, a skip link that shows on focus, no CSP complaint.
// With STORMBELL_SCREENSHOTS=<dir> it also saves a full-page screenshot of each (for docs/screenshots).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client } from '../support/client.js';
import { declare } from '../incidents/support.js';
import { bilingual, crisisTeam, publish, publishCorrection } from './support.js';

const screenshots = process.env.STORMBELL_SCREENSHOTS;

describeInBrowser('internal and press pages in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let internalPath: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const admin = new Client(server.url);
    const setup = await admin.post('/api/v1/setup', {
      ...ADMIN,
      organisation_name: 'Gemeente Voorbeeld',
      language: 'nl',
    });
    expect(setup.status).toBe(201);
    const team = await crisisTeam(admin, server.url);
    await bilingual(admin, ['employees', 'press']);
    internalPath = new URL((await admin.get('/api/v1/internal-page/link')).body.url).pathname;

    const incident = await declare(team.comms, { title: 'Versleutelde bestanden op de fileservers' });
    await publish(team, incident.id, {
      audience: 'employees',
      channels: ['internal_page'],
      contents: [
        {
          language: 'nl',
          subject: 'Storing op de gedeelde schijven',
          body: 'Sinds vanochtend zijn de gedeelde schijven traag of niet bereikbaar. We zoeken uit wat er aan de hand is.',
        },
        {
          language: 'en',
          subject: 'Shared drives disrupted',
          body: 'Since this morning the shared drives are slow or unreachable. We are finding out what is going on.',
        },
      ],
    });
    await publish(team, incident.id, {
      audience: 'employees',
      channels: ['internal_page'],
      contents: [
        {
          language: 'nl',
          subject: 'Gedeelde schijven zijn uit',
          body: 'We hebben de fileservers **uitgezet** om verdere schade te voorkomen.\n\n- Werk waar het kan op papier\n- Bewaar nieuwe bestanden voorlopig lokaal\n\nVragen? Bel de [servicedesk](https://intranet.example.org/servicedesk).',
        },
        {
          language: 'en',
          subject: 'Shared drives are off',
          body: 'We have **switched off** the file servers to prevent further damage.\n\n- Work on paper where you can\n- Keep new files on your own computer for now\n\nQuestions? Call the [service desk](https://intranet.example.org/servicedesk).',
        },
      ],
    });
    const sheet = await team.comms.request('PUT', `/api/v1/incidents/${incident.id}/fact-sheet`, {
      what_happened: 'Ransomware',
      affected: 'Fileservers',
      actions: 'Uitgezet',
      advice: 'Werk op papier',
      expected_recovery: 'Morgen',
      next_update_at: new Date(Date.now() + 2 * 3600_000).toISOString(),
    });
    expect(sheet.status).toBe(200);

    const statement = await publish(team, incident.id, {
      audience: 'press',
      contents: [
        {
          language: 'nl',
          subject: 'Storing in onze dienstverlening',
          body: 'Door een aanval met gijzelsoftware zijn enkele systemen van Gemeente Voorbeeld uitgezet. Er zijn voor zover bekend geen gegevens van inwoners gestolen.',
        },
        {
          language: 'en',
          subject: 'Disruption of our services',
          body: 'Because of a ransomware attack, some systems of Gemeente Voorbeeld have been switched off. As far as we know, no data of residents has been stolen.',
        },
      ],
    });
    await publishCorrection(team, incident.id, statement.id, [
      {
        language: 'nl',
        subject: 'Correctie: storing in onze dienstverlening',
        body: 'Eerder meldden we dat er geen gegevens zijn gestolen. Dat kunnen we nog niet uitsluiten: we onderzoeken het en melden het lek bij de Autoriteit Persoonsgegevens.',
      },
      {
        language: 'en',
        subject: 'Correction: disruption of our services',
        body: 'Earlier we said that no data was stolen. We cannot rule that out yet: we are investigating and have reported the breach to the Dutch Data Protection Authority.',
      },
    ]);

    browser = await launchBrowser();
    if (screenshots) mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of ['internal', 'press'] as const)
    for (const language of ['nl', 'en'] as const)
      for (const width of [375, 1280])
        it(`${name} page, ${language}, ${width} px`, async () => {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            javaScriptEnabled: false,
          });
          const page = await context.newPage();
          const problems: string[] = [];
          // A CSP refusal or a failed request (other than the favicon, which is the web app's) is a failure.
          page.on('console', (m) => {
            if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
              problems.push(m.text());
          });
          page.on('response', (r) => {
            if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
              problems.push(`${r.status()} ${r.url()}`);
          });
          const path = name === 'internal' ? internalPath : '/press';
          const res = await page.goto(`${server.url}${path}?lang=${language}`);
          expect(res?.status()).toBe(200);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          expect(await page.locator('h1').count()).toBe(1);
          for (const landmark of ['banner', 'main', 'contentinfo'] as const)
            expect(await page.getByRole(landmark).count(), landmark).toBe(1);
          const overflow = await page.evaluate<number>(
            'document.documentElement.scrollWidth - window.innerWidth',
          );
          expect(overflow).toBeLessThanOrEqual(0);
          // The first Tab lands on the skip link, which comes into view.
          await page.keyboard.press('Tab');
          const skip = page.locator('a.skip');
          expect(await page.evaluate<string>('document.activeElement.className')).toBe('skip');
          const box = await skip.boundingBox();
          expect(box && box.x >= 0 && box.x < width).toBe(true);
          await page.keyboard.press('Shift+Tab');
          expect(problems).toEqual([]);
          if (screenshots)
            await page.screenshot({
              path: join(screenshots, `${name}-page-${language}-${width}.png`),
              fullPage: true,
            });
          await context.close();
        });
});
