// Serves the built React app (web/dist): hashed assets cached for a year, every other page gets index.html. Each
// file goes out as the brotli or gzip copy written beside it at build time when the browser accepts that encoding.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function installWebApp(app: FastifyInstance): Promise<{ indexHtml: string | null }> {
  const indexPath = `${webRoot}index.html`;
  if (!existsSync(indexPath)) return { indexHtml: null };
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: false,
    // `x.js.br` / `x.js.gz` (web/vite.config.ts writes them) for a browser that accepts br / gzip, else `x.js`.
    preCompressed: true,
    // Our Cache-Control below, not `send`'s default `public, max-age=0`, which used to override it.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      // The answer depends on Accept-Encoding wherever a compressed copy exists: caches must keep them apart.
      if (/\.(br|gz)$/.test(path) || existsSync(`${path}.gz`)) res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  return { indexHtml: readFileSync(indexPath, 'utf8') };
}
