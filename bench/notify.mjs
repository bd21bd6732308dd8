#!/usr/bin/env node
// Benchmark of the time to notify the team: declaring a SEV1 incident with a 50-person crisis team (50 roles in the
// plan, each with its own primary person, who are all mailed on declaration), from the declaring request to the last
// of the 50 mails accepted by a local SMTP server (bench/lib/smtp-counter.mjs, its own process), 20 declarations;
// baseline: the same 50 mails (same size) sent by plain nodemailer with a pooled transport to the same server, in the
// same run.
//
//   node bench/notify.mjs [--declarations 20] [--no-write] [--keep] [--cpu-prof] [--build] [--dist DIR]
import { fork } from 'node:child_process';
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { appendRun, machine, root } from './lib/results.mjs';
import { compiledServer, fmt, sleep, startServer } from './lib/server.mjs';
import { flag, option, percentile, setUpAdmin } from './lib/load.mjs';

const DECLARATIONS = Number(option('--declarations', '20'));
const TEAM = 50;
const DOMAIN = 'team.example';
const TARGET_P95_MS = 1000;

const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-notify-'));
const cleanups = [];
async function cleanup() {
  for (const f of cleanups.reverse()) await f().catch((e) => console.error(e.message));
  cleanups.length = 0;
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
}

/** The SMTP server in its own process; `ask('count')` answers {count, firstAt, lastAt, sample}. */
async function startSmtp() {
  const child = fork(join(root, 'bench', 'lib', 'smtp-counter.mjs'), [DOMAIN], { stdio: 'inherit' });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m.ready));
    child.once('exit', () => reject(new Error('the SMTP server stopped')));
  });
  const ask = (type) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send({ type });
    });
  cleanups.push(async () => child.kill('SIGTERM'));
  return { port, ask };
}

/** Waits until the SMTP server has accepted `n` mails for the team; the time the last one was accepted (ms). */
async function lastAccepted(smtp, n, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = await smtp.ask('count');
    if (c.count >= n) return c;
    if (Date.now() > until) throw new Error(`only ${c.count} of ${n} mails arrived within ${timeoutMs} ms`);
    await sleep(2);
  }
}

/**
 * The plan with a crisis team of 50: the starter plan's people (their addresses moved to the counted domain) and
 * roles, plus people and roles until there are 50 people, each the primary person of at least one role.
 */
function teamPlan(plan) {
  for (const person of plan.people) person.email = `${person.id}@${DOMAIN}`;
  const role = (id, name, primary) => ({
    id,
    name,
    description: 'Takes part in the crisis team: reads the incident, joins the call, does the tasks given.',
    primary,
    deputies: [],
    may_approve: [],
  });
  for (const [i, person] of plan.people.entries())
    if (!plan.roles.some((r) => r.primary === person.id))
      plan.roles.push(role(`crisis_team_a${i + 1}`, `Crisis team member (${person.name})`, person.id));
  for (let i = plan.people.length; i < TEAM; i++) {
    const id = `member_${String(i + 1).padStart(2, '0')}`;
    plan.people.push({
      id,
      name: `Team Member ${i + 1}`,
      email: `${id}@${DOMAIN}`,
      phone: `+31 6 3000 ${String(1000 + i)}`,
      language: i % 3 === 0 ? 'nl' : 'en',
    });
    plan.roles.push(role(`crisis_team_${i + 1}`, `Crisis team member ${i + 1}`, id));
  }
  return plan;
}

async function stormbellRuns(smtp) {
  const dist = option('--dist', null) ?? compiledServer(tmp, { build: flag('--build') });
  const server = await startServer({
    dist,
    tmp,
    databaseUrl: `sqlite:${join(tmp, 'notify.db')}`,
    env: {
      STORMBELL_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      STORMBELL_LOG_LEVEL: process.env.STORMBELL_LOG_LEVEL ?? 'info',
    },
    nodeArgs: flag('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', join(tmp, 'profile')] : [],
  });
  cleanups.push(() => server.stop());
  const admin = await setUpAdmin(server.base);
  const { plan } = await admin.must('GET', '/api/v1/plan');
  const res = await admin.request('PUT', '/api/v1/plan', {
    plan: teamPlan(plan),
    description: 'benchmark: a crisis team of 50',
  });
  if (res.status >= 300)
    throw new Error(`the team plan was refused: ${JSON.stringify(res.body).slice(0, 1500)}`);
  const scenario = plan.scenarios[0].id;
  const severity = plan.severities.find((s) => s.id === 'sev1')?.id ?? plan.severities[0].id;
  const times = [];
  let sample = null;
  // One declaration to warm up (first use of the SMTP pool, the plan's parse), not counted.
  for (let i = -1; i < DECLARATIONS; i++) {
    await smtp.ask('reset');
    const t0 = Date.now();
    await admin.must('POST', '/api/v1/incidents', {
      title: `Benchmark incident ${i + 1}: file servers encrypted`,
      scenario_id: scenario,
      severity_id: severity,
    });
    const c = await lastAccepted(smtp, TEAM);
    if (c.count !== TEAM) throw new Error(`${c.count} mails arrived for a team of ${TEAM}`);
    sample ??= c.sample;
    if (i >= 0) times.push(c.lastAt - t0);
  }
  await server.stop();
  cleanups.pop();
  return { times, sample };
}

/** The same 50 mails (the size of Stormbell's) sent by nodemailer with a pooled transport, each round timed. */
async function baselineRuns(smtp, sample) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 5,
  });
  const text = sample ?? 'x'.repeat(4000);
  const times = [];
  for (let i = -1; i < DECLARATIONS; i++) {
    await smtp.ask('reset');
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: TEAM }, (_, n) =>
        transport.sendMail({
          from: 'stormbell@example.org',
          to: `member_${String(n + 1).padStart(2, '0')}@${DOMAIN}`,
          subject: `[INC-${i + 1}] SEV1 - Crisis: file servers encrypted`,
          text,
        }),
      ),
    );
    const c = await lastAccepted(smtp, TEAM);
    if (i >= 0) times.push(c.lastAt - t0);
  }
  transport.close();
  return times;
}

async function main() {
  const m = machine();
  const smtp = await startSmtp();
  console.log(
    `${DECLARATIONS} SEV1 declarations with a team of ${TEAM}, each until the last mail is accepted...`,
  );
  const sb = await stormbellRuns(smtp);
  const base = await baselineRuns(smtp, sb.sample);
  const stat = (t) => ({ p50: percentile(t, 50), p95: percentile(t, 95), max: Math.max(...t) });
  const s = stat(sb.times);
  const b = stat(base);
  const ratio = s.p95 / b.p95;
  const met = s.p95 < TARGET_P95_MS;
  console.log(
    `Stormbell: p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, max ${fmt(s.max)} ms (request to the 50th mail accepted); ` +
      `baseline (nodemailer, pooled): p50 ${fmt(b.p50)} ms, p95 ${fmt(b.p95)} ms; ratio of the p95s ${fmt(ratio, 1)}×; ` +
      `target p95 < ${TARGET_P95_MS} ms: ${met ? 'MET' : 'MISSED'}`,
  );
  const table = [
    '| | p50 ms | p95 ms | max ms | ratio of p95 to baseline | target | met |',
    '|---|---|---|---|---|---|---|',
    `| Stormbell: SEV1 declared → 50th mail accepted | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.max)} | ${fmt(ratio, 1)}× | p95 < 1,000 ms | ${met ? 'met' : 'missed'} |`,
    `| baseline: nodemailer (pooled, 5 connections) sends the 50 mails | ${fmt(b.p50)} | ${fmt(b.p95)} | ${fmt(b.max)} | 1× | | |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  appendRun({
    title: 'Time to notify the team (`bench/notify.mjs`)',
    intro: INTRO,
    machineInfo: m,
    body: `${DECLARATIONS} declarations, message size ${sb.sample ? fmt(sb.sample.length / 1024, 1) : 'n/a'} KB.\n\n${table}`,
  });
  await cleanup();
}

const INTRO = `
A built Stormbell (\`stormbell serve\`, SQLite, log level \`info\`, SMTP to a local smtp-server process that accepts
and counts mail) with a plan whose crisis team has 50 people: 50 roles, each with its own primary person, so that
declaring an incident mails all 50 (in their language, with the incident's link), through the outbox and its pooled
SMTP transport. Measured per declaration: from sending \`POST /api/v1/incidents\` (SEV1) to the moment the SMTP server
accepted the 50th mail; one warm-up declaration, then 20. Baseline in the same run: plain nodemailer with a pooled
transport (5 connections, as Stormbell's) sending 50 mails of the same size to the same server, timed the same way.
Target: p95 under 1 second.
`;

main().catch(async (err) => {
  console.error(`\nnotify benchmark: ${err?.stack ?? err}`);
  await cleanup();
  process.exit(1);
});
