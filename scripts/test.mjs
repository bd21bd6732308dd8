// `npm test`: runs every suite with Vitest, then says plainly which suites were skipped and why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'stormbell-skips-'));
const log = join(dir, 'skips.tsv');
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, STORMBELL_SKIP_LOG: log },
});
if (existsSync(log)) {
  const lines = [...new Set(readFileSync(log, 'utf8').trim().split('\n').filter(Boolean))];
  if (lines.length > 0) {
    console.log('\nSkipped suites (not run on this machine):');
    for (const line of lines) {
      const [suite, reason] = line.split('\t');
      console.log(`  - ${suite}: ${reason}`);
    }
    console.log(
      'Set STORMBELL_REQUIRE_PG=1 / STORMBELL_REQUIRE_BROWSER=1 to make these a failure (CI does).\n',
    );
  }
}
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
