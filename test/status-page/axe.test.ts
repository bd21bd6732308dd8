// The public status pages in Chromium, in Dutch and English, at phone and desktop width: axe-core finds no
// violations (WCAG 2.x A and AA and best practices), nothing is wider than the screen, one h1 and the landmarks,
// no CSP complaint. With STORMBELL_SCREENSHOTS=<dir> it also saves a full-page screenshot of /status at each width.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser } from '../support/browser.js';
import { fixtureSnapshot, startPageServer } from './pages-fixture.js';

const screenshots = process.env.STORMBELL_SCREENSHOTS;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: {
    id: string;
    impact: string;
    help: string;
    nodes: { target: string[]; failureSummary: string }[];
  }[];
  passes: unknown[];
}

describeInBrowser('status pages in Chromium: axe-core', () => {
  let server: Awaited<ReturnType<typeof startPageServer>>;
  let browser: Browser;
  const snapshot = fixtureSnapshot();
  const incident = snapshot.incidents[0]!;
  // One resolved yesterday, so the "recently resolved" list is checked too.
  snapshot.incidents.find((i) => i.resolved_at)!.resolved_at = new Date(
    Date.parse(snapshot.generated_at) - 86_400_000,
  ).toISOString();

  beforeAll(async () => {
    server = await startPageServer({ load: async () => snapshot });
    browser = await launchBrowser();
    if (screenshots) mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds violations where there are some (the check can fail)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html><body><img src="data:,x"><p style="color:#bbb">faint</p></body></html>',
    );
    await page.evaluate(axeSource);
    const result = await page.evaluate<AxeResult>('axe.run(document)');
    const ids = result.violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast']));
    await context.close();
  });

  const pages: [string, string][] = [
    ['status', '/status'],
    ['history', '/status/history'],
    ['incident', `/status/incidents/${incident.id}`],
    ['not-found', '/status/incidents/00000000-0000-4000-8000-000000000000'],
  ];
  for (const [name, path] of pages)
    for (const language of ['nl', 'en'] as const)
      for (const width of [375, 1280])
        it(`${name}, ${language}, ${width} px: no violations`, async () => {
          // The pages have no script of their own; the context allows one so axe can run (and bypasses the
          // page's CSP, which forbids every script, for axe only).
          const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
          const page = await context.newPage();
          const problems: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
              problems.push(m.text());
          });
          const res = await page.goto(`${server.url}${path}?lang=${language}`);
          expect(res?.status()).toBe(name === 'not-found' ? 404 : 200);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          expect(await page.locator('h1').count()).toBe(1);
          for (const landmark of ['banner', 'main', 'contentinfo'] as const)
            expect(await page.getByRole(landmark).count(), landmark).toBe(1);
          const overflow = await page.evaluate<number>(
            'document.documentElement.scrollWidth - window.innerWidth',
          );
          expect(overflow).toBeLessThanOrEqual(0);
          if (name === 'status') {
            // The component choice opens for those who want it.
            await page.locator('summary').click();
            expect(await page.locator('input[name=components]').first().isVisible()).toBe(true);
          }
          await page.evaluate(axeSource);
          const result = await page.evaluate<AxeResult>(
            `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })`,
          );
          const found = result.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(found).toEqual([]);
          expect(result.passes.length).toBeGreaterThan(10);
          expect(problems).toEqual([]);
          if (screenshots && name === 'status') {
            // Folded again, as a visitor first sees it.
            await page.locator('summary').click();
            await page.screenshot({
              path: join(screenshots, `status-page-${language}-${width}.png`),
              fullPage: true,
            });
          }
          await context.close();
        });
});
