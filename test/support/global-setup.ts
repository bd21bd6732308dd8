// Before any test: make sure the compiled CLI and the web app are built (browser and CLI tests use them).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}
