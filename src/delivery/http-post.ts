// POSTs one JSON body for the chat and webhook channels and maps the answer to sent, retry or give up.
import { permanentError, temporaryError } from './channel.js';

/** Long enough for a slow receiver, far below the worker's lease (300 s by default). */
export const DEFAULT_HTTP_TIMEOUT_MS = 15_000;

/** Turns a payload that does not parse into the permanent error that names its faults. */
export function invalidPayload(
  kind: string,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
) {
  return permanentError(
    `invalid ${kind} payload: ${issues.map((i) => `${i.path.map(String).join('.')} ${i.message}`).join('; ')}`,
  );
}

const EXCERPT_CHARS = 200;
// Enough of an error page to quote; the rest is not read.
const READ_LIMIT_BYTES = 8 * 1024;

/** True for an absolute http: or https: URL: the only kind the chat and webhook channels will call. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A URL fit to name in an error or in the deliveries view: the path of a chat webhook URL is its secret. */
export function safeUrlLabel(value: string, base?: string): string {
  try {
    return new URL(value, base).host || 'invalid URL';
  } catch {
    return 'invalid URL';
  }
}

async function excerpt(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < READ_LIMIT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut off half-way still tells the status; the excerpt is a courtesy.
  } finally {
    await reader.cancel().catch(() => {});
  }
  const text = Buffer.concat(chunks).toString('utf8').replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

// Trying again later can help with these: the receiver is busy, down, or asks us to slow down.
const isTemporaryStatus = (status: number) =>
  status === 408 || status === 425 || status === 429 || status >= 500;

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (error instanceof Error) {
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, a DNS failure, a TLS error) is in its cause.
    const cause = error.cause instanceof Error ? error.cause.message || error.cause.name : '';
    return cause ? `${error.message}: ${cause}` : error.message || error.name;
  }
  return String(error);
}

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * POSTs `body` as JSON. Resolves on a 2xx answer. Throws a temporary DeliveryError on 408, 425, 429, 5xx, a
 * timeout or a network failure, and a permanent one on any other answer or a URL that is not http(s).
 * Redirects are not followed: a moved webhook is a configuration change, not something to guess at.
 */
export async function postJson(url: string, body: string, options: PostOptions = {}): Promise<void> {
  if (!isHttpUrl(url)) throw permanentError('refused: only http and https URLs are called');
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  const host = safeUrlLabel(url);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Stormbell', ...options.headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw temporaryError(`POST to ${host} failed: ${describeFailure(error, timeoutMs)}`, error);
  }
  if (response.status >= 200 && response.status < 300) {
    // Read to the end so the connection can be reused; a failure here does not undo the acceptance.
    await response.arrayBuffer().catch(() => {});
    return;
  }
  const said = await excerpt(response);
  const retryAfter = response.headers.get('retry-after');
  const location = response.headers.get('location');
  const message = [
    `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${host}`,
    said ? `: ${said}` : '',
    retryAfter ? ` (Retry-After: ${retryAfter})` : '',
    response.status >= 300 && response.status < 400 && location
      ? ` (redirects to ${safeUrlLabel(location, url)})`
      : '',
  ].join('');
  throw isTemporaryStatus(response.status) ? temporaryError(message) : permanentError(message);
}
