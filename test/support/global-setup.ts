// Before any test: make sure the compiled CLI and the web app are built (browser and CLI tests use them).
// STORMBELL_SKIP_BUILD=1 skips it when you know the build is current.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.STORMBELL_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}
