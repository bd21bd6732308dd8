// The built web app as Stormbell sends it: each asset as the brotli or gzip copy written at build time when the
// browser accepts it (with Content-Encoding and Vary), else as it is; the caching headers the same either way.
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';

const dist = new URL('../../web/dist/', import.meta.url);

/** A GET without decompression (fetch would undo the encoding): status, headers and the bytes as sent. */
function get(url: string, acceptEncoding?: string) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

forEachDatabase('the web app, precompressed', (dialect) => {
  let server: TestServer;
  // The app's entry script, named in the built index.html.
  let entry: string;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    const html = readFileSync(new URL('index.html', dist), 'utf8');
    entry = /<script[^>]*type="module"[^>]*src="\/([^"]+)"/.exec(html)![1]!;
  });
  afterAll(() => server?.close());

  it('has a brotli and a gzip copy beside each built script', () => {
    expect(existsSync(new URL(`${entry}.br`, dist))).toBe(true);
    expect(existsSync(new URL(`${entry}.gz`, dist))).toBe(true);
  });

  it('sends the brotli copy to a browser that accepts br, as Chromium asks', async () => {
    const raw = readFileSync(new URL(entry, dist));
    const res = await get(`${server.url}/${entry}`, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeLessThan(raw.length / 2);
    expect(brotliDecompressSync(res.body).equals(raw)).toBe(true);
  });

  it('sends the gzip copy to a client that accepts only gzip', async () => {
    const raw = readFileSync(new URL(entry, dist));
    const res = await get(`${server.url}/${entry}`, 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(res.body).equals(raw)).toBe(true);
  });

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const raw = readFileSync(new URL(entry, dist));
    for (const accept of [undefined, 'identity']) {
      const res = await get(`${server.url}/${entry}`, accept);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.equals(raw)).toBe(true);
    }
  });

  it('still answers a page of the app with index.html, not cached', async () => {
    const res = await get(`${server.url}/incidents`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString('utf8')).toContain(entry);
  });
});
