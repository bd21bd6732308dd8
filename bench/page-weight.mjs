#!/usr/bin/env node
// Benchmark of page weight: (1) the web app's JavaScript needed for the first page (the login page): every script a
// real Chromium fetches until the login page shows (entry, modulepreloads, their static imports, and the words of the
// page's language, fetched before the first render), each as the built Stormbell server sends it to a browser that
// accepts `gzip, deflate, br, zstd` (Chromium's Accept-Encoding), with the gzip level 9 size beside; (2) everything the
// public status page makes a browser download (the HTML and what it links: styles, scripts, images, icons, with url()
// in the CSS followed), as Stormbell sends it to a browser that accepts gzip.
//
//   node bench/page-weight.mjs [--no-write] [--web DIR] [--keep] [--build] [--dist DIR]
//
// --web DIR measures another build of the web app (default web/dist; when web/ has sources newer than web/dist, or
// web/dist is a development build or has no precompressed copies, the app is built into a temporary folder first,
// so the figure is of the code as it is now). The server that sends it is dist/ (or the server compiled into the
// temporary folder when dist/ is older than the sources, or when the app measured is not web/dist).
// Baseline: there is no second implementation to compare with; each figure is printed as a ratio to its target,
// and beside the app's figure the share of it that is React and Mantine themselves (their chunks).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { appendRun, machine, root } from './lib/results.mjs';
import { compiledServer, fmt, newest, startServer } from './lib/server.mjs';
import { flag, option } from './lib/load.mjs';
import { createContent } from './status-page-content.mjs';

const TARGET_APP_GZIP = 250 * 1024;
const TARGET_STATUS = 30 * 1024;
const CHROMIUM = process.env.STORMBELL_CHROMIUM ?? '/usr/bin/chromium';
// What Chromium sends over HTTPS (over plain http to a non-local host it leaves out br and zstd).
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${fmt(n / 1024, 1)} KB`;

const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-weight-'));
const cleanup = () => !flag('--keep') && rmSync(tmp, { recursive: true, force: true });

/**
 * The built web app to measure and the compiled server that sends it: --web DIR, or web/dist when it is newer than
 * the web sources (a production build with its precompressed copies), else a fresh build in the temporary folder.
 */
function webBuild() {
  const given = option('--web', null);
  const dist = join(root, 'web', 'dist');
  if (!given) {
    const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
    const sources = Math.max(
      ...['web/src', 'web/index.html', 'web/vite.config.ts', 'src/core'].map((p) => newest(join(root, p))),
    );
    // A build made with NODE_ENV other than production (say by the tests' global set-up, which runs under
    // NODE_ENV=test) carries React's development build: twice the size, and not what ships. One made before the
    // app had precompressed copies is not what ships either.
    const development = built > 0 && isDevelopmentBuild(dist);
    const precompressed = built > 0 && hasPrecompressed(dist);
    if (built >= sources && !development && precompressed)
      return { web: dist, server: option('--dist', null) ?? compiledServer(tmp, { build: flag('--build') }) };
    console.log(
      `Building the web app into a temporary folder (web/dist is ${development ? 'a development build' : !precompressed && built ? 'without precompressed copies' : 'older than the sources'})...`,
    );
  }
  // The server serves ../../web/dist from its compiled files: compile one into tmp/build beside this build.
  const web = join(tmp, 'build', 'web', 'dist');
  mkdirSync(dirname(web), { recursive: true });
  if (given) symlinkSync(given, web);
  else {
    const r = spawnSync(
      join(root, 'node_modules', '.bin', 'vite'),
      ['build', '--config', 'web/vite.config.ts', '--outDir', web, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    if (r.status !== 0) throw new Error('the web app does not build.');
  }
  return { web, server: compiledServer(tmp, { build: true }) };
}

/** Whether the build has the .br/.gz copies Stormbell sends (its entry script's, at least). */
function hasPrecompressed(web) {
  const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(
    readFileSync(join(web, 'index.html'), 'utf8'),
  );
  return entry !== null && existsSync(join(web, `${entry[1]}.br`)) && existsSync(join(web, `${entry[1]}.gz`));
}

/** Whether the built app's eagerly loaded scripts contain React's development build (its warnings). */
function isDevelopmentBuild(web) {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].some((m) =>
    readFileSync(join(web, m[1]), 'utf8').includes('is deprecated in plain JavaScript React classes'),
  );
}

/**
 * The JavaScript index.html loads before any code runs: its module script, modulepreloads and their static imports.
 * A cross-check of what Chromium fetched (each of these must be among it), and the styles it links.
 */
function eagerScripts(web) {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(web, url), 'utf8');
    // Static imports only (`import ... from "./x.js"` and `import "./x.js"`); import() is loaded when needed.
    for (const m of code.matchAll(/import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g))
      queue.push(join(dirname(url), m[1]).replace(/\\/g, '/'));
  }
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return { scripts: [...seen], styles };
}

/** The same-origin scripts and styles a real Chromium fetches until the login page shows, in this browser language. */
async function loginPageInChromium(base, locale) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched = [];
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('requestfinished', (req) => {
      if (['script', 'stylesheet'].includes(req.resourceType()) && req.url().startsWith(base))
        fetched.push({ req, url: new URL(req.url()).pathname, type: req.resourceType() });
    });
    await page.goto(`${base}/login`, { waitUntil: 'networkidle' });
    // The login form with its words (not a key): the first page is there.
    await page.locator('input[type="password"]').waitFor({ timeout: 30_000 });
    const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
    if (!heading || /^[a-z_]+\.[a-z_.]+$/.test(heading)) throw new Error(`the login page shows "${heading}"`);
    await page.waitForLoadState('networkidle');
    if (problems.length > 0) throw new Error(`the login page failed: ${problems.join('; ')}`);
    const lang = await page.locator('html').getAttribute('lang');
    const out = [];
    for (const f of fetched) {
      const res = await f.req.response();
      // What Chromium itself received here (over plain http it may not ask for br): bytes and encoding.
      out.push({
        url: f.url,
        type: f.type,
        chromium: (await f.req.sizes()).responseBodySize,
        chromiumEncoding: (await res?.headerValue('content-encoding')) ?? 'identity',
      });
    }
    return { lang, files: out };
  } finally {
    await browser.close();
  }
}

/** A GET as a browser sends it (Accept-Encoding), without decompressing: the bytes that travel and their encoding. */
function sent(base, path, acceptEncoding = BROWSER_ACCEPT_ENCODING) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () =>
        resolve({ status: res.statusCode, bytes, encoding: res.headers['content-encoding'] ?? 'identity' }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The login page's JavaScript in one browser language: each file as sent, its gzip-9 size, its raw size. */
async function appFigure(base, web, locale) {
  const chromiumRun = await loginPageInChromium(base, locale);
  const eager = eagerScripts(web);
  const scripts = chromiumRun.files.filter((f) => f.type === 'script');
  const missing = eager.scripts.filter((u) => !scripts.some((s) => s.url === u));
  if (missing.length > 0)
    throw new Error(`Chromium did not fetch ${missing.join(', ')}, which index.html loads`);
  const measure = async (f) => {
    const raw = readFileSync(join(web, f.url));
    const r = await sent(base, f.url);
    if (r.status !== 200) throw new Error(`${f.url} answered ${r.status}`);
    return { ...f, bytes: raw.length, gzip: gz(raw), wire: r.bytes, encoding: r.encoding };
  };
  const files = await Promise.all(scripts.map(measure));
  const styles = await Promise.all(chromiumRun.files.filter((f) => f.type === 'stylesheet').map(measure));
  const sum = (list, key) => list.reduce((a, f) => a + f[key], 0);
  return {
    locale,
    lang: chromiumRun.lang,
    files,
    styles,
    wire: sum(files, 'wire'),
    gzip: sum(files, 'gzip'),
    raw: sum(files, 'bytes'),
    chromium: sum(files, 'chromium'),
    chromiumEncodings: [...new Set(files.map((f) => f.chromiumEncoding))].sort().join('/'),
    encodings: [...new Set(files.map((f) => f.encoding))].sort().join('/'),
    cssWire: sum(styles, 'wire'),
    frameworks: sum(
      files.filter((f) => /\/(react|mantine)-[\w-]+\.js$/.test(f.url)),
      'wire',
    ),
    lazy: files.length - eager.scripts.length,
  };
}

async function get(base, path) {
  const res = await fetch(base + path, { headers: { 'accept-encoding': 'gzip', 'accept-language': 'en' } });
  const body = Buffer.from(await res.arrayBuffer());
  // fetch decompresses; what went over the wire is the compressed size when the server compressed.
  const encoding = res.headers.get('content-encoding');
  const wire = encoding === 'gzip' ? gz(body) : body.length;
  return { status: res.status, type: res.headers.get('content-type') ?? '', body, wire, encoding };
}

/** The status page and everything it makes a browser load, as sent to a browser that accepts gzip. */
async function statusPage(server) {
  {
    const page = await get(server.base, '/status');
    if (page.status !== 200) throw new Error(`/status answered ${page.status}`);
    const items = [{ url: '/status', ...page }];
    const html = page.body.toString('utf8');
    const links = new Set(
      [
        ...html.matchAll(/<link[^>]*href="([^"]+)"/g),
        ...html.matchAll(/<(?:script|img|source)[^>]*src="([^"]+)"/g),
      ]
        .map((m) => m[1].replace(/&amp;/g, '&'))
        // Feeds and other pages are links a visitor follows, not parts of the page.
        .filter((u) => !/^(https?:|mailto:|#)/.test(u) && !/(\.rss|\.atom|feed|\/history)/.test(u))
        .filter((u) => !/<link[^>]*rel="(alternate|canonical)"/.test(u)),
    );
    // Drop alternates (feeds, other languages) from <link> tags: only what the page loads counts.
    for (const m of html.matchAll(/<link[^>]*>/g))
      if (/rel="(alternate|canonical|next|prev)"/.test(m[0])) links.delete(/href="([^"]+)"/.exec(m[0])?.[1]);
    // Without a <link rel="icon"> a browser asks for /favicon.ico by itself, and downloads whatever comes back.
    if (!/<link[^>]*rel="(shortcut )?icon"/.test(html)) links.add('/favicon.ico');
    for (const url of links) {
      const r = await get(server.base, url);
      items.push({ url, ...r });
      if (r.type.includes('css'))
        for (const m of r.body.toString('utf8').matchAll(/url\(["']?([^"')]+)["']?\)/g))
          if (!m[1].startsWith('data:')) items.push({ url: m[1], ...(await get(server.base, m[1])) });
    }
    return items;
  }
}

async function main() {
  const m = machine();
  const { web, server: dist } = webBuild();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed at ${CHROMIUM} (or STORMBELL_CHROMIUM).`);
  const server = await startServer({ dist, tmp, databaseUrl: `sqlite:${join(tmp, 'weight.db')}` });
  let runs;
  let items;
  try {
    // Set up, with the status page's content (the login page needs an organisation set up; the status page, content).
    await createContent(server.base);
    runs = [];
    for (const locale of ['en-GB', 'nl-NL']) runs.push(await appFigure(server.base, web, locale));
    items = await statusPage(server);
  } finally {
    await server.stop();
  }

  console.log(
    `Web app, first page (/login; app ${web}), as the Stormbell server sends it (${BROWSER_ACCEPT_ENCODING}):`,
  );
  for (const run of runs) {
    console.log(`  Chromium in ${run.locale} (page language ${run.lang}): ${run.files.length} scripts`);
    for (const f of [...run.files].sort((a, b) => b.wire - a.wire))
      console.log(
        `    ${f.url.padEnd(52)} ${kb(f.bytes).padStart(10)} raw ${kb(f.wire).padStart(9)} ${f.encoding.padEnd(8)} ${kb(f.gzip).padStart(9)} gzip-9`,
      );
    console.log(
      `  total ${kb(run.wire)} as sent (${run.encodings}); ${kb(run.gzip)} gzip-9; ${kb(run.raw)} raw; ` +
        `${run.lazy} of the ${run.files.length} fetched by import() before the page shows; React and Mantine's chunks ${kb(run.frameworks)}; ` +
        `CSS ${kb(run.cssWire)} besides. Chromium itself over plain http: ${kb(run.chromium)} (${run.chromiumEncodings}).`,
    );
  }
  // The heavier language is the figure.
  const app = runs.reduce((a, b) => (b.wire > a.wire ? b : a));
  const appMet = app.wire < TARGET_APP_GZIP;
  console.log(
    `JavaScript for the first page: ${kb(app.wire)} as sent (${app.lang}). ` +
      `Target < ${kb(TARGET_APP_GZIP)}: ${fmt((app.wire / TARGET_APP_GZIP) * 100)} % of it, ${appMet ? 'MET' : 'MISSED'}`,
  );

  const total = items.reduce((a, i) => a + i.wire, 0);
  const uncompressed = items.reduce((a, i) => a + i.body.length, 0);
  console.log('Status page (/status), as sent to a browser that accepts gzip:');
  for (const i of items)
    console.log(
      `  ${i.url.padEnd(48)} ${String(i.status).padStart(4)} ${kb(i.wire).padStart(10)} ${i.encoding ?? 'identity'} (${kb(i.body.length)} raw)`,
    );
  const statusMet = total < TARGET_STATUS;
  console.log(
    `Status page total: ${kb(total)} transferred (${kb(uncompressed)} uncompressed), ${items.length} requests. ` +
      `Target < ${kb(TARGET_STATUS)}: ${fmt((total / TARGET_STATUS) * 100)} % of it, ${statusMet ? 'MET' : 'MISSED'}`,
  );

  const row = (run) =>
    `| web app: JavaScript for the first page, ${run.lang} (${run.files.length} files, as sent: ${run.encodings}) | ${kb(run.wire)} | ${kb(run.raw)} | < 250 KB | ${fmt((run.wire / TARGET_APP_GZIP) * 100)} % | ${run.wire < TARGET_APP_GZIP ? 'met' : 'missed'} |`;
  const table = [
    '| figure | measured | uncompressed | target | share of target | met |',
    '|---|---|---|---|---|---|',
    ...runs.map(row),
    `| the same files gzipped at level 9 (${app.lang}, for comparison) | ${kb(app.gzip)} | | | ${fmt((app.gzip / TARGET_APP_GZIP) * 100)} % | |`,
    `| of which React and Mantine (their chunks, as sent) | ${kb(app.frameworks)} | | | | |`,
    `| status page: everything it loads (${items.length} requests, as sent with gzip) | ${kb(total)} | ${kb(uncompressed)} | < 30 KB | ${fmt((total / TARGET_STATUS) * 100)} % | ${statusMet ? 'met' : 'missed'} |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  appendRun({ title: 'Page weight (`bench/page-weight.mjs`)', intro: INTRO, machineInfo: m, body: table });
  cleanup();
}

const INTRO = `
Two figures. The web app: the JavaScript a browser must fetch before the first page (the login page) shows: every
script a real Chromium fetches for \`/login\` of a built Stormbell until the login form is there (the module script
in the built \`index.html\`, its \`modulepreload\`s, their static imports, and what the app fetches with \`import()\`
before its first render: the words of the page's language), each as the Stormbell server sends it to a browser that
accepts \`gzip, deflate, br, zstd\` (brotli copies written at build time), once with an English and once with a Dutch
browser (the heavier counts); the same files gzipped at level 9 beside it, for comparison with earlier runs. CSS is
listed beside it, not counted. The status page: \`/status\` of a built Stormbell with realistic content (the
status-page benchmark's: 12 components, 2 maintenances, 3 incidents with 4 updates each) and everything it links
(styles, scripts, icons; url() in CSS followed), as Stormbell sends them to a browser that accepts gzip. Targets:
under 250 KB and under 30 KB. Baseline: there is no second implementation of the same pages to run beside them, so
each figure is given as a share of its target, and the app's figure with the part that is React and Mantine's own
chunks (what any React + Mantine app pays; Mantine's is the part of it the login page uses).
`;

main().catch((err) => {
  console.error(`\npage-weight benchmark: ${err?.stack ?? err}`);
  cleanup();
  process.exit(1);
});
