#!/usr/bin/env node
// Benchmark of page weight: (1) the web app's JavaScript needed for the first page (what index.html loads eagerly:
// its module script, its modulepreloads and, followed to the end, their static imports), gzipped; (2) everything
// the public status page makes a browser download (the HTML and what it links: styles, scripts, images, icons, with
// url() in the CSS followed), as Stormbell sends it to a browser that accepts gzip.
//
//   node bench/page-weight.mjs [--no-write] [--web DIR] [--keep] [--build] [--dist DIR]
//
// --web DIR measures another build of the web app (default web/dist; when web/ has sources newer than web/dist,
// the app is built into a temporary folder first, so the figure is of the code as it is now).
// Baseline: there is no second implementation to compare with; each figure is printed as a ratio to its target,
// and beside the app's figure the share of it that is React and Mantine themselves (their chunks).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appendRun, machine, root } from './lib/results.mjs';
import { compiledServer, fmt, startServer } from './lib/server.mjs';
import { flag, option } from './lib/load.mjs';
import { createContent } from './status-page-content.mjs';

const TARGET_APP_GZIP = 250 * 1024;
const TARGET_STATUS = 30 * 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${fmt(n / 1024, 1)} KB`;

const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-weight-'));
const cleanup = () => !flag('--keep') && rmSync(tmp, { recursive: true, force: true });

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** The built web app to measure: --web DIR, web/dist when it is newer than the web sources, else a fresh build. */
function webBuild() {
  const given = option('--web', null);
  if (given) return given;
  const dist = join(root, 'web', 'dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    ...['web/src', 'web/index.html', 'web/vite.config.ts', 'src/core'].map((p) => newest(join(root, p))),
  );
  // A build made with NODE_ENV other than production (say by the tests' global set-up, which runs under
  // NODE_ENV=test) carries React's development build: twice the size, and not what ships.
  const development = existsSync(join(dist, 'index.html')) && isDevelopmentBuild(dist);
  if (built >= sources && !development) return dist;
  console.log(
    `Building the web app into a temporary folder (web/dist is ${development ? 'a development build' : 'older than the sources'})...`,
  );
  const out = join(tmp, 'web');
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'web/vite.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) throw new Error('the web app does not build.');
  return out;
}

/** Whether the built app's eagerly loaded scripts contain React's development build (its warnings). */
function isDevelopmentBuild(web) {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].some((m) =>
    readFileSync(join(web, m[1]), 'utf8').includes('is deprecated in plain JavaScript React classes'),
  );
}

/** The JavaScript a browser fetches before the first page can render: entry, modulepreloads, static imports. */
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
  const file = (url) => {
    const bytes = readFileSync(join(web, url));
    return { url, bytes: bytes.length, gzip: gz(bytes) };
  };
  return { scripts: [...seen].map(file), styles: styles.map(file), html: file('/index.html') };
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
async function statusPage() {
  const dist = option('--dist', null) ?? compiledServer(tmp, { build: flag('--build') });
  const server = await startServer({ dist, tmp, databaseUrl: `sqlite:${join(tmp, 'weight.db')}` });
  try {
    await createContent(server.base);
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
  } finally {
    await server.stop();
  }
}

async function main() {
  const m = machine();
  const web = webBuild();
  const app = eagerScripts(web);
  const appGzip = app.scripts.reduce((a, s) => a + s.gzip, 0);
  const appRaw = app.scripts.reduce((a, s) => a + s.bytes, 0);
  const frameworks = app.scripts
    .filter((s) => /\/(react|mantine)-[\w-]+\.js$/.test(s.url))
    .reduce((a, s) => a + s.gzip, 0);
  const cssGzip = app.styles.reduce((a, s) => a + s.gzip, 0);
  console.log(`Web app, first page (${web}): ${app.scripts.length} scripts loaded eagerly`);
  for (const s of [...app.scripts].sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${s.url.padEnd(48)} ${kb(s.bytes).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
  const appMet = appGzip < TARGET_APP_GZIP;
  console.log(
    `JavaScript for the first page: ${kb(appGzip)} gzip (${kb(appRaw)} raw); React and Mantine chunks ${kb(frameworks)} ` +
      `of it; CSS ${kb(cssGzip)} gzip besides. Target < ${kb(TARGET_APP_GZIP)}: ${fmt((appGzip / TARGET_APP_GZIP) * 100)} % of it, ${appMet ? 'MET' : 'MISSED'}`,
  );

  const items = await statusPage();
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

  const table = [
    '| figure | measured | uncompressed | target | share of target | met |',
    '|---|---|---|---|---|---|',
    `| web app: JavaScript for the first page (${app.scripts.length} files, gzip) | ${kb(appGzip)} | ${kb(appRaw)} | < 250 KB | ${fmt((appGzip / TARGET_APP_GZIP) * 100)} % | ${appMet ? 'met' : 'missed'} |`,
    `| of which React and Mantine (their chunks, gzip) | ${kb(frameworks)} | | | | |`,
    `| status page: everything it loads (${items.length} requests, as sent with gzip) | ${kb(total)} | ${kb(uncompressed)} | < 30 KB | ${fmt((total / TARGET_STATUS) * 100)} % | ${statusMet ? 'met' : 'missed'} |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  appendRun({ title: 'Page weight (`bench/page-weight.mjs`)', intro: INTRO, machineInfo: m, body: table });
  cleanup();
}

const INTRO = `
Two figures. The web app: the JavaScript a browser must fetch before the first page (the login page) renders: the
module script in the built \`index.html\`, its \`modulepreload\`s and, followed to the end, their static imports (not
the \`import()\`s of lazily loaded pages), each gzipped at level 9 (as a reverse proxy or precompressed files would
send them; Stormbell itself serves the assets uncompressed). CSS is listed beside it, not counted. The status page:
\`/status\` of a built Stormbell with realistic content (the status-page benchmark's: 12 components, 2 maintenances,
3 incidents with 4 updates each) and everything it links (styles, scripts, icons; url() in CSS followed), as
Stormbell sends them to a browser that accepts gzip. Targets: under 250 KB and under 30 KB. Baseline: there is no
second implementation of the same pages to run beside them, so each figure is given as a share of its target, and
the app's figure with the part that is React and Mantine's own chunks (what any React + Mantine app pays).
`;

main().catch((err) => {
  console.error(`\npage-weight benchmark: ${err?.stack ?? err}`);
  cleanup();
  process.exit(1);
});
