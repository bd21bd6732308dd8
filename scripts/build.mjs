// Builds the server (tsc -> dist/) and the web app (vite -> web/dist/). With --if-stale, only when a source
// file is newer than the last build, so `npm install` and `npm start` on a fresh clone need nothing more.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['src', 'web/src', 'web/index.html', 'web/vite.config.ts', 'plans', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && existsSync(stamp) && existsSync(join(root, 'web', 'dist', 'index.html'))) {
  const built = statSync(stamp).mtimeMs;
  if (Math.max(...sources.map((s) => newest(join(root, s)))) <= built) process.exit(0);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
if (!existsSync(bin('tsc')) || !existsSync(bin('vite'))) {
  console.error('Stormbell cannot be built: run `npm install` first (it installs the build tools).');
  process.exit(1);
}
console.log('Building Stormbell (server and web app)...');
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// Always React's production build: the test runner sets NODE_ENV=test, and a web app built then is what
// `npm start` would serve next.
execFileSync(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
mkdirSync(dirname(stamp), { recursive: true });
writeFileSync(stamp, new Date().toISOString() + '\n');
console.log('Build complete.');
