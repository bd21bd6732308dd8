// `stormbell serve`: migrate, then run the server and the outbox worker until SIGINT/SIGTERM.
import { loadConfig } from '../../config.js';
import { startStormbell } from '../../runtime.js';

export async function serve(): Promise<void> {
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
