// Serves the built React app (web/dist): hashed assets cached for a year, every other page gets index.html.
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
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return { indexHtml: readFileSync(indexPath, 'utf8') };
}
