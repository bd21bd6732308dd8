// Records suites skipped for want of PostgreSQL or Chromium, so `npm test` can say so plainly at the end.
import { appendFileSync } from 'node:fs';

export function reportSkip(suite: string, reason: string): void {
  const log = process.env.STORMBELL_SKIP_LOG;
  if (log) appendFileSync(log, `${suite}\t${reason}\n`);
}
