// Sends a request byte for byte with node:http: bytes 0x80-0xff in the path and any bytes in the body reach the
// server as written (fetch would encode them), and an event stream is cut off once its status is known.
import { request } from 'node:http';

export interface RawRequest {
  method: string;
  /** As sent on the request line; characters U+0080-U+00FF go out as single raw bytes. */
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

const MAX_BODY = 256 * 1024;

export function send(base: string, r: RawRequest): Promise<RawAnswer> {
  const url = new URL(base);
  const body = r.body === undefined ? undefined : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      {
        // A fresh connection each time: a refused request may end its connection, which must not fail the next.
        agent: false,
        host: url.hostname,
        port: url.port,
        method: r.method,
        path: r.path,
        headers: {
          ...(body !== undefined ? { 'content-length': String(body.length) } : {}),
          ...r.headers,
        },
      },
      (res) => {
        answered = true;
        const contentType = String(res.headers['content-type'] ?? '');
        const answer = (text: string) =>
          resolve({ status: res.statusCode ?? 0, contentType, text, headers: res.headers });
        if (contentType.startsWith('text/event-stream')) {
          // A live stream never ends: its status and type are the answer.
          res.destroy();
          return answer('');
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= MAX_BODY) chunks.push(c);
        });
        res.on('end', () => answer(Buffer.concat(chunks).toString('utf8')));
        // A GET sent with a large body it never reads: Node ends the connection once the answer is out, which
        // can cut the answer's tail off here. Its status is known; that is what the checks need.
        res.on('error', () => answer(Buffer.concat(chunks).toString('utf8')));
      },
    );
    // After the answer has begun, a broken connection is the answer's (see above), not a missing answer.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.setTimeout(300_000, () =>
      req.destroy(new Error(`no answer to ${r.method} ${r.path} within 5 minutes`)),
    );
    req.end(body);
  });
}
