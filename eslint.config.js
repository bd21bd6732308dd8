// Lint rules, including the import boundaries of ARCHITECTURE.md: database drivers only in src/store,
// Fastify only in src/http and src/status-page, and a pure src/core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const dbDrivers = ['kysely', 'pg', 'better-sqlite3'];
const httpFrameworks = ['fastify', '@fastify/*'];
const restrict = (groups, message) => ({ group: groups, message });
const noDatabase = restrict(
  dbDrivers,
  'Only src/store may talk to the database drivers (ARCHITECTURE.md): call a repository in src/store/repos.',
);

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noDatabase],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/http/**', 'src/status-page/**', 'src/runtime.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noDatabase,
            restrict(
              httpFrameworks,
              'Only src/http and src/status-page know Fastify (ARCHITECTURE.md): return data or throw a DomainError.',
            ),
          ],
        },
      ],
    },
  },
  // src/core/status-page is the domain of the status page; src/status-page (Fastify) is outside core. An import
  // string cannot say which without the importing file's depth: from src/core/x.ts `../status-page/` leaves core,
  // from src/core/api/x.ts it stays inside.
  ...[
    { files: ['src/core/**/*.ts'], outside: ['../../status-page/**', '../../../status-page/**'] },
    { files: ['src/core/*.ts'], outside: ['../status-page/**', '../../status-page/**'] },
  ].map(({ files, outside }) => ({
    files,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...dbDrivers, ...httpFrameworks, 'nodemailer', 'pino', 'prom-client'],
              'src/core is the pure domain: no I/O libraries (ARCHITECTURE.md).',
            ),
            restrict(
              [
                '**/store/**',
                '**/app/**',
                '**/http/**',
                '**/delivery/**',
                '**/cli/**',
                ...outside,
                '**/config.js',
                '**/runtime.js',
              ],
              'src/core imports nothing outside src/core (ARCHITECTURE.md).',
            ),
            restrict(
              ['node:fs', 'node:fs/*', 'node:net', 'node:http', 'node:https', 'node:child_process'],
              'src/core does no I/O (ARCHITECTURE.md).',
            ),
          ],
        },
      ],
    },
  })),
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...dbDrivers, ...httpFrameworks, 'nodemailer', 'node:*'],
              'The web app runs in the browser: it may import src/core (schemas, types), nothing else of the server.',
            ),
            restrict(
              ['**/src/store/**', '**/src/app/**', '**/src/http/**', '**/src/delivery/**'],
              'The web app may import src/core only (use the @core alias).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
