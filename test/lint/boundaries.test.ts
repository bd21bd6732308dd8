import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (ARCHITECTURE.md)', () => {
  it('keeps database drivers in src/store', async () => {
    expect(
      await boundaryErrors(
        'src/app/accounts/sneaky.ts',
        "import { sql } from 'kysely';\nexport const x = sql;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('src/http/routes/sneaky.ts', "import pg from 'pg';\nexport const x = pg;\n"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/store/repos/fine.ts',
        "import { sql } from 'kysely';\nexport const x = sql;\n",
      ),
    ).toHaveLength(0);
  });

  it('keeps Fastify in src/http and src/status-page', async () => {
    expect(
      await boundaryErrors(
        'src/app/sneaky.ts',
        "import Fastify from 'fastify';\nexport const x = Fastify;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/delivery/sneaky.ts',
        "import cookie from '@fastify/cookie';\nexport const x = cookie;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('src/http/fine.ts', "import Fastify from 'fastify';\nexport const x = Fastify;\n"),
    ).toHaveLength(0);
    expect(
      await boundaryErrors(
        'src/status-page/fine.ts',
        "import Fastify from 'fastify';\nexport const x = Fastify;\n",
      ),
    ).toHaveLength(0);
  });

  it('keeps src/core pure', async () => {
    expect(
      await boundaryErrors(
        'src/core/sneaky.ts',
        "import { getAccount } from '../store/repos/accounts.js';\nexport const x = getAccount;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/core/sneaky.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('src/core/fine.ts', "import { z } from 'zod';\nexport const x = z;\n"),
    ).toHaveLength(0);
    // The status page's domain lives in src/core/status-page; its Fastify side in src/status-page.
    expect(
      await boundaryErrors(
        'src/core/sneaky.ts',
        "import { x } from '../status-page/plugin.js';\nexport const y = x;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/core/api/sneaky.ts',
        "import { x } from '../../status-page/plugin.js';\nexport const y = x;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/core/api/fine.ts',
        "import { x } from '../status-page/values.js';\nexport const y = x;\n",
      ),
    ).toHaveLength(0);
  });

  it('keeps server code out of the web app', async () => {
    expect(
      await boundaryErrors(
        'web/src/sneaky.ts',
        "import { getAccount } from '../../src/store/repos/accounts.js';\nexport const x = getAccount;\n",
      ),
    ).toHaveLength(1);
  });
});
