// What the request log may say about a URL: the secret part of a link (a password or invitation link, a contact
// check, a subscription, an internal page's key, a report form's key) and query values named like secrets are
// replaced by "[redacted]", so a log file handed to a supplier holds no working link.
import type { FastifyRequest } from 'fastify';

const SECRET_SEGMENT: RegExp[] = [
  /^(\/api\/v1\/auth\/account-token\/)[^/?#]+/,
  /^(\/account\/token\/)[^/?#]+/,
  /^(\/api\/v1\/contact-checks\/ack\/)[^/?#]+/,
  /^(\/contact-check\/)[^/?#]+/,
  /^(\/api\/v1\/intake\/report-form\/)[^/?#]+/,
  /^(\/report\/)[^/?#]+/,
  /^(\/internal\/)[^/?#]+/,
  /^(\/status\/subscriptions\/)[^/?#]+/,
];
const SECRET_QUERY = /^(token|key|secret|password|code|signature|sig)$/i;

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  let path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  for (const pattern of SECRET_SEGMENT) path = path.replace(pattern, '$1[redacted]');
  if (!query) return path;
  const parts = query.split('&').map((part) => {
    const eq = part.indexOf('=');
    if (eq < 0) return part;
    let name = part.slice(0, eq);
    try {
      name = decodeURIComponent(name);
    } catch {
      // keep the name as sent
    }
    return SECRET_QUERY.test(name) ? `${part.slice(0, eq)}=[redacted]` : part;
  });
  return `${path}?${parts.join('&')}`;
}

/** Fastify's request serializer with the URL redacted (same fields as its default). */
export function requestSerializer(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}
