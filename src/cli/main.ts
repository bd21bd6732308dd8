// The `stormbell` command line: serve, migrate, init, token create, audit verify.
import { Command } from 'commander';
import { configVariables } from '../config.js';
import { describeFailure } from './errors.js';
import { serve } from './commands/serve.js';
import { migrate } from './commands/migrate.js';
import { init } from './commands/init.js';
import { tokenCreate } from './commands/token-create.js';
import { auditVerify } from './commands/audit-verify.js';
import { planExport, planImport, planValidate } from './commands/plan.js';
import { version } from '../app/version.js';

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

const audit = program.command('audit').description('the tamper-evident timeline');
audit
  .command('verify')
  .description('check every timeline chain; exits 1 and names the first tampered event')
  .action(run(auditVerify));

await program.parseAsync(process.argv);
