// The `stormbell` command line: serve, migrate, init, token create, audit verify, backup, restore.
import { Command } from 'commander';
import { configVariables } from '../config.js';
import { describeFailure } from './errors.js';
import { version } from '../app/version.js';

/** A command's code, loaded when it runs: `stormbell plan validate` need not load the web server. */
function lazy<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return async (...args: unknown[]): Promise<unknown> =>
    ((await load())[name] as (...a: unknown[]) => Promise<unknown>)(...args);
}
const serve = lazy(() => import('./commands/serve.js'), 'serve');
const migrate = lazy(() => import('./commands/migrate.js'), 'migrate');
const init = lazy(() => import('./commands/init.js'), 'init');
const tokenCreate = lazy(() => import('./commands/token-create.js'), 'tokenCreate');
const auditVerify = lazy(() => import('./commands/audit-verify.js'), 'auditVerify');
const planExport = lazy(() => import('./commands/plan.js'), 'planExport');
const planImport = lazy(() => import('./commands/plan.js'), 'planImport');
const planValidate = lazy(() => import('./commands/plan.js'), 'planValidate');
const incidentDeclare = lazy(() => import('./commands/incident.js'), 'incidentDeclare');
const incidentList = lazy(() => import('./commands/incident.js'), 'incidentList');
const incidentShow = lazy(() => import('./commands/incident.js'), 'incidentShow');
const exerciseList = lazy(() => import('./commands/exercise.js'), 'exerciseList');
const exerciseRun = lazy(() => import('./commands/exercise.js'), 'exerciseRun');
const exerciseValidate = lazy(() => import('./commands/exercise.js'), 'exerciseValidate');
const backup = lazy(() => import('./commands/backup.js'), 'backup');
const restore = lazy(() => import('./commands/restore.js'), 'restore');

const program = new Command();
// `stormbell plan export | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const debug = process.argv.includes('--debug');

function run<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  return async (...args: A) => {
    try {
      const code = await action(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (err) {
      console.error(`stormbell: ${describeFailure(err)}`);
      if (debug) console.error(err);
      process.exit(1);
    }
  };
}

const envHelp = `\nConfiguration (environment variables):\n${configVariables.map((v) => `  ${v.name.padEnd(30)} ${v.meaning} (default: ${v.default})`).join('\n')}\n`;

program
  .name('stormbell')
  .description('Stormbell: incident response and crisis communication')
  .version(version)
  .option('--debug', 'print the full error with its stack trace')
  .showHelpAfterError()
  .addHelpText('after', envHelp);

program
  .command('serve')
  .description('run the web app, the API and the outbox worker (migrates first)')
  .action(run(serve));
program.command('migrate').description('bring the database schema up to date').action(run(migrate));
program
  .command('init')
  .description(
    'set up the organisation and its first admin; the password is read from standard input or a prompt',
  )
  .option('--org <name>', 'organisation name')
  .option('--name <name>', 'full name of the first admin')
  .option('--email <email>', 'email address of the first admin')
  .option('--language <nl|en>', 'language of the organisation and the admin', 'en')
  .action(run(init));

const token = program.command('token').description('API tokens');
token
  .command('create')
  .description('create an API token for an account; prints the token alone')
  .option('--email <email>', 'the account the token acts as')
  .option('--name <label>', 'a label to recognise the token by')
  .action(run(tokenCreate));

const plan = program.command('plan').description('the response plan as YAML');
plan
  .command('validate <file>')
  .description(
    'check a plan file; prints every problem as file:line:column and exits 1, or exits 0 when valid',
  )
  .option('--language <nl|en>', 'language of the messages', 'en')
  .action(run(planValidate));
plan
  .command('import <file>')
  .description('make a plan file the plan in force (a new version); refused whole when it has problems')
  .option('--email <email>', 'the admin account the change is recorded for')
  .option('--description <text>', 'what changed, for the version list')
  .action(run(planImport));
plan.command('export').description('print the plan in force as YAML').action(run(planExport));

const incident = program
  .command('incident')
  .description(
    'incidents, through a running server (STORMBELL_URL, default http://localhost:3000, and STORMBELL_TOKEN)',
  );
const remote = (c: Command) =>
  c
    .option('--url <url>', 'the Stormbell server (default $STORMBELL_URL or http://localhost:3000)')
    .option('--token <token>', 'an API token (default $STORMBELL_TOKEN)')
    .option('--json', 'print the answer as JSON');
remote(
  incident
    .command('list')
    .description('open incidents (--all for closed ones too)')
    .option('--all', 'include closed incidents'),
).action(run(incidentList));
remote(incident.command('show <reference>').description('one incident: phase, roles, open tasks')).action(
  run(incidentShow),
);
remote(
  incident
    .command('declare')
    .description('declare an incident; the response plan is activated')
    .option('--title <title>', 'what happened, in a few words')
    .option('--scenario <id>', 'a scenario id from the plan, e.g. ransomware')
    .option('--severity <id>', 'a severity id from the plan, e.g. sev1')
    .option('--restricted', 'need to know: only the incident team and admins see it')
    .option('--exercise', 'an exercise, not a real incident'),
).action(run(incidentDeclare));

const exercise = program
  .command('exercise')
  .description('table-top exercises; list and run go through a running server, like incident');
remote(
  exercise.command('list').description('the built-in scripts, and past exercises with their scores'),
).action(run(exerciseList));
remote(
  exercise
    .command('run <script>')
    .description('start an exercise from a built-in script id or a script file; prints injects as they fire')
    .option('--speed <n>', 'exercise minutes per real minute, 1 to 60', '1')
    .option('--severity <id>', "the severity when the start declares the incident (default: the script's)")
    .option('--no-end', 'leave the exercise open when its planned time is over'),
).action(run(exerciseRun));
exercise
  .command('validate <file>')
  .description(
    'check a script file; prints every problem as file:line:column and exits 1, or exits 0 when valid',
  )
  .option('--plan <file>', 'also check that the script fits this plan file')
  .option('--language <nl|en>', 'language of the messages', 'en')
  .action(run(exerciseValidate));

const audit = program.command('audit').description('the tamper-evident timeline');
audit
  .command('verify')
  .description('check every timeline chain; exits 1 and names the first tampered event')
  .action(run(auditVerify));

program
  .command('backup')
  .description(
    'write a consistent snapshot of the whole database to a gzip file while Stormbell keeps running (it holds personal data and secrets: keep it safe)',
  )
  .option(
    '--output <file>',
    'where to write it; - for standard output (default stormbell-backup-<time>.jsonl.gz)',
  )
  .option('--language <nl|en>', 'language of the messages', 'en')
  .action(run(backup));
program
  .command('restore <file>')
  .description(
    'check a backup file whole, then restore it in one transaction into a database without data; stop Stormbell first',
  )
  .option('--force', 'replace everything in a database that already holds data')
  .option('--language <nl|en>', 'language of the messages', 'en')
  .action(run(restore));

await program.parseAsync(process.argv);
