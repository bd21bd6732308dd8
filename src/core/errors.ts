// Coded domain errors: the core says what went wrong; http/ decides the status code (http/problem.ts).

export type ErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'setup_required'
  | 'unavailable';

export interface FieldProblem {
  /** Dotted path of the field at fault, e.g. "email" or "roles.2.name". */
  field: string;
  /** Catalogue key of the explanation (see core/i18n). */
  key: string;
  params?: Record<string, string | number>;
  /** A ready message, when the explanation comes from a validator rather than the catalogue. */
  message?: string;
  /** Where in a YAML document the problem is (1-based). */
  line?: number;
  column?: number;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Catalogue key for the human explanation. */
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    /** Seconds after which a rate-limited caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(key);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, key: string, params?: Record<string, string | number>) =>
  new DomainError('invalid', 'error.invalid', {}, [{ field, key, ...(params ? { params } : {}) }]);
export const notFound = (what: string) => new DomainError('not_found', 'error.not_found', { what });
export const conflict = (key: string, params?: Record<string, string | number>) =>
  new DomainError('conflict', key, params);
export const forbidden = (key = 'error.forbidden') => new DomainError('forbidden', key);
export const unauthenticated = () => new DomainError('unauthenticated', 'error.unauthenticated');
