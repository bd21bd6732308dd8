// The one place where domain error codes become HTTP status codes and RFC 9457 problem+json bodies.
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { DomainError } from '../core/errors.js';
import { type ErrorCode, type FieldProblem } from '../core/errors.js';
import { isMessageKey, t } from '../core/i18n/index.js';
import type { Language } from '../core/api/common.js';
import { PASSWORD_MIN } from '../core/api/common.js';

export const statusOf: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  setup_required: 409,
  unavailable: 503,
};

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: Array<{ field: string; message: string; line?: number; column?: number }>;
}

export function problem(status: number, code: string, detail: string, errors?: Problem['errors']): Problem {
  return {
    type: `urn:stormbell:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

function fieldMessage(lang: Language, f: FieldProblem): string {
  if (f.message && !isMessageKey(f.message)) return f.message;
  return t(lang, f.message ?? f.key, { min: PASSWORD_MIN, ...(f.params ?? {}) });
}

export function fromDomainError(err: DomainError, lang: Language): Problem {
  const params = { ...err.params };
  if (typeof params.what === 'string' && isMessageKey(`what.${params.what}`))
    params.what = t(lang, `what.${params.what}`);
  return problem(
    statusOf[err.code],
    err.code,
    t(lang, err.key, params),
    err.fields.map((f) => ({
      field: f.field,
      message: fieldMessage(lang, f),
      ...(f.line !== undefined ? { line: f.line } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
    })),
  );
}

/** Zod issues as field problems: our own messages are catalogue keys; zod's own are already in the language. */
export function fromZodError(error: z.ZodError, lang: Language, where: 'body' | 'query' | 'params'): Problem {
  const errors: NonNullable<Problem['errors']> = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({ field: base ? `${base}.${key}` : key, message: t(lang, 'field.unknown') });
      continue;
    }
    const field = base || where;
    const message = isMessageKey(issue.message)
      ? t(lang, issue.message, { min: PASSWORD_MIN })
      : issue.message;
    errors.push({ field, message });
  }
  return problem(400, 'invalid', t(lang, 'error.invalid'), errors);
}

export function sendProblem(reply: FastifyReply, p: Problem, retryAfterSeconds?: number): FastifyReply {
  if (retryAfterSeconds !== undefined) reply.header('Retry-After', String(retryAfterSeconds));
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
}
