#!/usr/bin/env node
// Benchmark of the subscriber fan-out: 50,000 email subscribers of the status page and one published status-page
// update, from the publish request to the last message accepted by a local SMTP server (smtp-server in its own
// process, counting). Baselines in the same run: plain nodemailer with a pooled transport (5 connections, as
// Stormbell's email channel) sending messages like Stormbell's to the same server (the issue's baseline), and the
// same on TCP_NODELAY sockets; each sends --baseline-messages (5,000) of them, enough for a steady rate.
// Targets: at least 70 % of the baseline's messages per second, and the Stormbell process's peak resident memory
// under 300 MB.
//
//   node bench/fan-out.mjs [--subscribers 50000] [--dialect sqlite|postgres|both] [--baseline-messages 5000]
//                          [--timeout 600] [--no-write] [--keep] [--build] [--cpu-prof] [--node-arg <flag>]...
//
// Stormbell runs as a built server (`stormbell serve`, log level warn) with the content of the status page benchmark
// (bench/status-page-content.mjs: made through the HTTP API). The subscribers are imported through the admin CSV
// import (POST /api/v1/status-page/subscribers/import, confirmed by the admin: no opt-in mail), half of them in
// Dutch, all of them for every component. The update is a general one (no components): it goes to everyone.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { appendRun, machine, root } from './lib/results.mjs';
import {
  compiledServer,
  createPgDatabase,
  fmt,
  pgAvailable,
  rssBytes,
  sampleRss,
  sleep,
  startServer,
} from './lib/server.mjs';
import { createContent } from './status-page-content.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SUBSCRIBERS = Number(option('--subscribers', '50000'));
const DIALECTS = option('--dialect', 'both');
const DOMAIN = 'subscribers.example';
const TARGET_RATIO = 0.7;
const TARGET_RSS_MB = 300;
const BASELINE_MESSAGES = Number(option('--baseline-messages', '5000'));
// Gives up waiting for the last message after this long (then the count is reported as it is).
const TIMEOUT_MS = Number(option('--timeout', '600')) * 1000;

/** A process's CPU time (user + system) in ms, from /proc (clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** A process's resident memory high-water mark (its whole life so far), in bytes. */
function hwmBytes(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-fanout-'));
const cleanups = [];
async function cleanup() {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

/** The counting SMTP server in its own process. */
async function startCounter() {
  const child = fork(join(root, 'bench', 'lib', 'smtp-counter.mjs'), [DOMAIN], { stdio: 'inherit' });
  cleanups.push(async () => child.kill());
  const port = await new Promise((resolve) => child.once('message', (m) => resolve(m.ready)));
  const ask = (type) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send({ type });
    });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    pid: child.pid,
    count: () => ask('count'),
    reset: () => ask('reset'),
  };
}

/** Waits until the counter saw `n` messages (or the time is up); returns its last figures. */
async function drained(counter, n) {
  const until = Date.now() + TIMEOUT_MS;
  for (;;) {
    const c = await counter.count();
    if (c.count >= n || Date.now() > until) return c;
    await sleep(100);
  }
}

function csv(n) {
  const lines = ['email,language,components'];
  for (let i = 0; i < n; i++) lines.push(`s${i}@${DOMAIN},${i % 2 ? 'nl' : 'en'},`);
  return lines.join('\n');
}

async function runStormbell(dist, counter, dialect) {
  let databaseUrl = `sqlite:${join(tmp, `fanout-${dialect}.db`)}`;
  if (dialect === 'postgres') {
    const db = await createPgDatabase('stormbell_bench_fanout');
    cleanups.push(db.drop);
    databaseUrl = db.url;
  }
  const server = await startServer({
    dist,
    tmp,
    databaseUrl,
    log: `stormbell-${dialect}.log`,
    env: { STORMBELL_SMTP_URL: counter.url, STORMBELL_MAIL_FROM: 'Status <status@example.org>' },
    nodeArgs: [
      ...(flag('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', join(tmp, `profile-${dialect}`)] : []),
      // For memory experiments: --node-arg --trace-gc, --node-arg --max-old-space-size=128, ...
      ...args.flatMap((a, i) => (args[i - 1] === '--node-arg' ? [a] : [])),
    ],
  });
  cleanups.push(server.stop);
  console.log(
    `[${dialect}] content through the API, then ${fmt(SUBSCRIBERS)} subscribers through the CSV import...`,
  );
  const { admin, customers } = await createContent(server.base);
  const contentMb = rssBytes(server.child.pid) / 2 ** 20;
  const importT0 = Date.now();
  const imported = await admin.must('POST', '/api/v1/status-page/subscribers/import', {
    csv: csv(SUBSCRIBERS),
    confirm_by_mail: false,
  });
  if (imported.imported !== SUBSCRIBERS) throw new Error(`imported ${imported.imported} subscribers`);
  const importMs = Date.now() - importT0;
  const importPeakMb = hwmBytes(server.child.pid) / 2 ** 20;
  const { items } = await admin.must('GET', '/api/v1/incidents');
  const incident = items[0];
  const messages = `/api/v1/incidents/${incident.id}/messages`;
  let m = await admin.must('POST', messages, {
    audience_id: customers.id,
    contents: [
      {
        language: 'en',
        subject: 'Login works again',
        body: 'The disruption is over.\n\n- Your data is safe.',
      },
      {
        language: 'nl',
        subject: 'Inloggen werkt weer',
        body: 'De storing is voorbij.\n\n- Uw gegevens zijn veilig.',
      },
    ],
    status_page: { incident_status: 'resolved', impact: 'major', components: [] },
  });
  m = await admin.must('POST', `${messages}/${m.id}/submit`, { revision: m.revision });
  // Mail from the content (the team's notifications) goes elsewhere; the counter counts the subscribers' domain only.
  await sleep(1000);
  await counter.reset();

  const idleMb = rssBytes(server.child.pid) / 2 ** 20;
  const rss = sampleRss(server.child.pid);
  const cpu0 = cpuMs(server.child.pid);
  const t0 = Date.now();
  await admin.must('POST', `${messages}/${m.id}/publish`, { revision: m.revision });
  const publishedMs = Date.now() - t0;
  const c = await drained(counter, SUBSCRIBERS);
  const peak = rss.stop();
  const cpu = cpuMs(server.child.pid) - cpu0;
  const lifePeakMb = hwmBytes(server.child.pid) / 2 ** 20;
  const seconds = ((c.lastAt ?? Date.now()) - t0) / 1000;
  await server.stop();
  return {
    dialect,
    count: c.count,
    seconds,
    rate: c.count / seconds,
    publishedMs,
    firstMs: c.firstAt === null ? NaN : c.firstAt - t0,
    peakMb: peak / 2 ** 20,
    idleMb,
    contentMb,
    importMs,
    importPeakMb,
    lifePeakMb,
    cpuMsPerMessage: cpu / Math.max(1, c.count),
    sample: c.sample,
  };
}

/**
 * Messages like Stormbell's through nodemailer with a pooled transport (5 connections), 100 in flight: `n` of them,
 * enough for a steady rate. `noDelay`: on sockets with TCP_NODELAY, as Stormbell's email channel opens them; plain
 * nodemailer keeps Nagle's algorithm on and then waits for the server's delayed ACK after every message.
 */
async function runBaseline(counter, sample, { noDelay, n }) {
  const mail = await simpleParser(sample);
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: counter.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 5,
    ...(noDelay
      ? {
          getSocket: (o, callback) => {
            const socket = net.connect({ host: o.host, port: o.port, noDelay: true });
            socket.once('error', callback);
            socket.once('connect', () => callback(null, { connection: socket }));
          },
        }
      : {}),
  });
  const headers = {
    'List-Unsubscribe': mail.headers.get('list-unsubscribe')?.toString() ?? '<http://127.0.0.1/u>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  await counter.reset();
  const t0 = Date.now();
  let next = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      await transport.sendMail({
        from: { name: 'Voorbeeld Zorgverzekeraar', address: 'status@example.org' },
        to: `s${i}@${DOMAIN}`,
        subject: mail.subject,
        text: mail.text,
        html: mail.html || undefined,
        messageId: `<bench-${i}-${t0}@127.0.0.1>`,
        headers,
      });
    }
  };
  await Promise.all(Array.from({ length: 100 }, lane));
  const c = await drained(counter, n);
  transport.close();
  const seconds = ((c.lastAt ?? Date.now()) - t0) / 1000;
  return { count: c.count, seconds, rate: c.count / seconds };
}

async function main() {
  const info = machine();
  const dist = compiledServer(tmp, { build: flag('--build') });
  const counter = await startCounter();
  const dialects = DIALECTS === 'both' ? ['sqlite', 'postgres'] : [DIALECTS];
  if (dialects.includes('postgres') && !(await pgAvailable())) {
    console.warn('PostgreSQL does not answer: fan-out on SQLite only.');
    dialects.splice(dialects.indexOf('postgres'), 1);
  }
  const runs = [];
  let baseline = null;
  for (const dialect of dialects) {
    const r = await runStormbell(dist, counter, dialect);
    console.log(
      `[${dialect}] ${fmt(r.count)} messages in ${fmt(r.seconds, 1)} s: ${fmt(r.rate)} msg/s; publish answered in ${fmt(r.publishedMs)} ms, first message after ${fmt(r.firstMs)} ms; peak RSS ${fmt(r.peakMb)} MB (${fmt(r.idleMb)} MB before the publication); ${fmt(r.cpuMsPerMessage, 2)} ms of server CPU per message; import of ${fmt(SUBSCRIBERS)} in ${fmt(r.importMs)} ms, RSS ${fmt(r.contentMb)} MB before it, high-water mark ${fmt(r.importPeakMb)} MB after it and ${fmt(r.lifePeakMb)} MB over the whole run`,
    );
    runs.push(r);
    if (!baseline && r.sample) {
      baseline = {};
      for (const [key, noDelay, label] of [
        ['plain', false, 'plain nodemailer'],
        ['noDelay', true, 'nodemailer with TCP_NODELAY'],
      ]) {
        console.log(`[baseline] ${label}, pooled (5 connections), ${fmt(BASELINE_MESSAGES)} messages...`);
        baseline[key] = await runBaseline(counter, r.sample, { noDelay, n: BASELINE_MESSAGES });
        const b = baseline[key];
        console.log(
          `[baseline] ${label}: ${fmt(b.count)} messages in ${fmt(b.seconds, 1)} s: ${fmt(b.rate)} msg/s`,
        );
      }
    }
  }
  if (!baseline) throw new Error('no message reached the SMTP server: no baseline to compare with.');

  const header =
    '| database | messages | Stormbell s (msg/s) | plain nodemailer msg/s | Stormbell/plain | nodemailer + TCP_NODELAY msg/s | Stormbell/that | publish answered ms | peak RSS MB (before) | target |';
  const lines = runs.map((r) => {
    const ratio = r.rate / baseline.plain.rate;
    const ok = r.count >= SUBSCRIBERS && ratio >= TARGET_RATIO && r.peakMb < TARGET_RSS_MB;
    return `| ${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${fmt(r.count)} | ${fmt(r.seconds, 1)} (${fmt(r.rate)}) | ${fmt(baseline.plain.rate)} | ${fmt(ratio * 100, 1)} % | ${fmt(baseline.noDelay.rate)} | ${fmt((r.rate / baseline.noDelay.rate) * 100, 1)} % | ${fmt(r.publishedMs)} | ${fmt(r.peakMb)} (${fmt(r.idleMb)}) | ${ok ? 'met' : 'missed'} |`;
  });
  const table = [header, '|---|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
  console.log(`\n${table}\n`);
  console.log(
    `Targets: at least ${TARGET_RATIO * 100} % of nodemailer's messages/s, peak Stormbell RSS under ${TARGET_RSS_MB} MB.`,
  );
  appendRun({
    title: 'Subscriber fan-out (`bench/fan-out.mjs`)',
    intro: `One status-page update published to ${fmt(SUBSCRIBERS)} email subscribers (imported through the admin CSV import, confirmed by the admin), timed from the publish request to the last message accepted by a local SMTP server (smtp-server in its own process, counting without parsing). Stormbell is a built server (\`stormbell serve\`, log level warn) with the status page benchmark's content. Baselines in the same run, on the same server, with messages like Stormbell's (the first one it sent, parsed): plain nodemailer with a pooled transport (5 connections, as Stormbell's email channel, 100 messages in flight; the issue's baseline), and the same with TCP_NODELAY sockets (as Stormbell's channel opens them since this benchmark found the Nagle stall), each sending ${fmt(BASELINE_MESSAGES)} messages: their rate is steady after the first hundred, so a sample of the 50,000 keeps the run short. Targets: at least 70 % of the baseline's messages per second; the Stormbell process's peak resident memory (sampled every 50 ms from /proc) under 300 MB.`,
    body: table,
    machineInfo: info,
  });
}

main()
  .then(cleanup)
  .catch(async (err) => {
    console.error(`\nfan-out benchmark: ${err?.stack ?? err}`);
    await cleanup();
    process.exit(1);
  });
