// `stormbell serve`: migrate, then run the server and the outbox worker until SIGINT/SIGTERM.
import v8 from 'node:v8';
import { loadConfig } from '../../config.js';
import { startStormbell } from '../../runtime.js';

export async function serve(): Promise<void> {
  // V8 lets the heap grow by up to 100 % of the live data before it collects again: a fan-out to 50,000 subscribers
  // holds about 50 MB live but grew the process past 340 MB of mostly garbage. 50 % keeps the peak near 250 MB at
  // the same CPU per message (bench/fan-out.mjs). Set here, before the server allocates, as NODE_OPTIONS cannot.
  v8.setFlagsFromString('--heap-growing-percent=50');
  const config = loadConfig();
  const running = await startStormbell(config);
  const mail = config.smtpUrl
    ? 'mail goes out over SMTP'
    : 'no SMTP configured: mail is kept in the mail viewer';
  running.app.log.info(
    { url: running.url, database: running.store.describe },
    `Stormbell is listening on ${running.url} (${mail})`,
  );
  if (process.stdout.isTTY) {
    console.log(
      `\n  Stormbell is running: open ${config.publicUrl}\n  Database: ${running.store.describe}\n  Mail: ${mail}\n`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.app.log.info({ signal }, 'stopping');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
