// Turns every error a route or Fastify throws into an RFC 9457 problem: domain errors, body and JSON errors,
// conflicts and an unreachable database each get their own status and message; anything else is a logged 500.
// Also the two places Fastify answers on its own before any route runs: an address the router cannot read
// (`frameworkErrors`) and a request Node's HTTP parser refuses (`clientErrorHandler`).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors.js';
import { languageFromHeader, t } from '../core/i18n/index.js';
import { fromDomainError, problem, sendProblem } from './problem.js';
import { isUniqueViolation, storageFault, storageFaultKey } from './storage-errors.js';

const lang = (req: FastifyRequest) => languageFromHeader(req.headers['accept-language']);

/** A byte count as people write it: `1 MiB`, `10 MiB`, `64 KiB`, `1500 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The body limit that refused this request: the route's own (`defineRoute`'s bodyLimit) or the server's. */
function bodyLimitOf(req: FastifyRequest): number {
  const limit = (req.routeOptions as { bodyLimit?: number } | undefined)?.bodyLimit;
  return typeof limit === 'number' && limit > 0 ? limit : 1024 * 1024;
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof DomainError)
    return sendProblem(reply, fromDomainError(err, lang(req)), err.retryAfterSeconds);
  const l = lang(req);
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(
        reply,
        problem(413, 'too_large', t(l, 'error.too_large', { limit: formatBytes(bodyLimitOf(req)) })),
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendProblem(reply, problem(415, 'unsupported_media_type', t(l, 'error.unsupported_media_type')));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendProblem(reply, problem(400, 'invalid_json', t(l, 'error.invalid_json')));
  }
  if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
    return sendProblem(reply, problem(400, 'invalid_json', t(l, 'error.invalid_json')));
  }
  if (err.code === '22021' || err.code === '22P05') {
    // PostgreSQL cannot store this text (a NUL character): the input's fault, and the transaction stored nothing.
    return sendProblem(reply, problem(400, 'invalid', t(l, 'error.invalid')));
  }
  if (isUniqueViolation(err)) {
    // Two changes at the same moment (say, two admins saving the plan): the loser changed nothing.
    return sendProblem(reply, problem(409, 'conflict', t(l, 'error.conflict_retry')));
  }
  const fault = storageFault(err);
  if (fault) {
    // Unreachable, read-only or full: the change was not made; the sentence names which, so the reader knows
    // whether waiting helps or the administrator must act.
    req.log.warn({ err, fault }, 'database unavailable');
    return sendProblem(reply, problem(503, 'unavailable', t(l, storageFaultKey[fault])), 5);
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return sendProblem(reply, problem(err.statusCode, 'invalid', err.message));
  }
  req.log.error({ err }, 'unexpected error');
  return sendProblem(reply, problem(500, 'internal', t(l, 'error.internal')));
}

/**
 * Fastify's `frameworkErrors`: an address whose percent-encoding is not UTF-8, or a path parameter longer than
 * any id. Neither can name anything that exists, so the answer is the API's own 404 (not Fastify's bare JSON).
 */
export function frameworkErrorHandler(
  _err: FastifyError,
  req: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  return sendProblem(reply, problem(404, 'not_found', t(lang(req), 'error.route_not_found')));
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused the request (bytes that may not stand in a request
 * line, headers too large, too slow). No request exists yet, so no language either: the answer is written on the
 * socket as a problem in English, and the connection closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, reason] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'timeout', 'Request Timeout']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'Request Header Fields Too Large']
        : [400, 'bad_request', 'Bad Request'];
  const body = JSON.stringify({ ...problem(status, code, t('en', 'error.invalid')), title: reason });
  // An answer to HEAD has no body (a client would read it as the start of the next answer).
  const head = (err as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${head ? '' : body}`,
    );
  }
  socket.destroy(err);
}
