// Builds the React app into web/dist, which the Stormbell server serves.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MANTINE =
  /node_modules[\\/](@mantine[\\/](core|hooks|notifications)|@floating-ui|@tabler|react-remove-scroll[^\\/]*|react-style-singleton|react-transition-group|use-callback-ref|use-sidecar|tslib|get-nonce|clsx|detect-node-es|type-fest)[\\/]/;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: { alias: { '@core': fileURLToPath(new URL('../src/core', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across Stormbell upgrades. Mantine
        // in two: what the login page uses ('$initial': the entry's static imports), and the rest, fetched with the
        // first page after login (one chunk of all of it made the login page download every page's components;
        // none at all made the app after login fetch some 40 small files).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
            },
            { name: 'mantine', test: MANTINE, tags: ['$initial'] },
            { name: 'mantine-app', test: MANTINE },
            {
              name: 'libs',
              test: /node_modules[\\/](i18next|react-i18next|@tanstack|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});

// A brotli (.br) and a gzip (.gz) copy beside each built file, which the Stormbell server sends to browsers that
// accept them (@fastify/static's preCompressed): the smallest transfer without a proxy, no compression per request.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/;
// Below this a compressed copy saves less than the header that announces it.
const MIN_BYTES = 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes `file.br` and `file.gz` for every compressible file of `dir` where compressing makes it smaller. */
function precompressDir(dir: string): { files: number; bytes: number; brotli: number } {
  const total = { files: 0, bytes: 0, brotli: 0 };
  for (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    total.files += 1;
    total.bytes += raw.length;
    total.brotli += Math.min(br.length, raw.length);
  }
  return total;
}

function precompress(): Plugin {
  return {
    name: 'stormbell-precompress',
    apply: 'build',
    writeBundle(options) {
      if (options.dir) precompressDir(options.dir);
    },
  };
}
