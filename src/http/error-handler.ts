// Turns every error a route or Fastify throws into an RFC 9457 problem: domain errors, body and JSON errors,
// conflicts and an unreachable database each get their own status and message; anything else is a logged 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors.js';
import { languageFromHeader, t } from '../core/i18n/index.js';
import { fromDomainError, problem, sendProblem } from './problem.js';
import { isDatabaseDown, isUniqueViolation } from './storage-errors.js';

const lang = (req: FastifyRequest) => languageFromHeader(req.headers['accept-language']);

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof DomainError)
    return sendProblem(reply, fromDomainError(err, lang(req)), err.retryAfterSeconds);
  const l = lang(req);
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(reply, problem(413, 'too_large', t(l, 'error.too_large', { limit: '1 MiB' })));
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
  if (isUniqueViolation(err)) {
    // Two changes at the same moment (say, two admins saving the plan): the loser changed nothing.
    return sendProblem(reply, problem(409, 'conflict', t(l, 'error.conflict_retry')));
  }
  if (isDatabaseDown(err)) {
    req.log.warn({ err }, 'database unavailable');
    return sendProblem(reply, problem(503, 'unavailable', t(l, 'error.unavailable')), 5);
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return sendProblem(reply, problem(err.statusCode, 'invalid', err.message));
  }
  req.log.error({ err }, 'unexpected error');
  return sendProblem(reply, problem(500, 'internal', t(l, 'error.internal')));
}
