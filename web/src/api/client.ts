// Fetch wrapper for the Stormbell API: cookies, CSRF header, UI language, and problem+json turned into ApiError.
import i18n from '../i18n';

export interface FieldError {
  field: string;
  message: string;
  /** The whole dotted path as the server sent it (e.g. `roles.0.deputies.1`); `field` is its last part. */
  path?: string;
  /** 1-based position in a YAML text the server refused. */
  line?: number;
  column?: number;
}

/** An error answer from the API (or no answer at all: status 0), with the server's words in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
    /** Seconds from the Retry-After header, when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

function csrfToken(): string | null {
  const match = document.cookie.split('; ').find((c) => c.startsWith('sb_csrf='));
  return match ? decodeURIComponent(match.slice('sb_csrf='.length)) : null;
}

// Field names may come as `email`, `body.email` or `/email`: the UI matches on the last part.
function fieldName(field: string): string {
  const parts = field.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1] ?? field;
}

async function toApiError(res: Response): Promise<ApiError> {
  const retryAfter = Number(res.headers.get('retry-after')) || null;
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as {
        code?: string;
        detail?: string;
        title?: string;
        errors?: FieldError[];
      };
      const errors = Array.isArray(p.errors)
        ? p.errors.map((e) => ({
            field: fieldName(String(e.field)),
            message: String(e.message),
            path: String(e.field),
            ...(typeof e.line === 'number' ? { line: e.line } : {}),
            ...(typeof e.column === 'number' ? { column: e.column } : {}),
          }))
        : [];
      const detail = p.detail || p.title || i18n.t('error.unexpected', { status: res.status });
      return new ApiError(res.status, p.code ?? 'error', detail, errors, retryAfter);
    } catch {
      // Not JSON after all: fall through to the generic message.
    }
  }
  return new ApiError(
    res.status,
    'error',
    i18n.t('error.unexpected', { status: res.status }),
    [],
    retryAfter,
  );
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language === 'nl' ? 'nl' : 'en',
  };
  if (method !== 'GET') {
    const csrf = csrfToken();
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  const hasBody = method === 'POST' || method === 'PATCH' || method === 'PUT';
  if (hasBody) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('error.network'));
  }
  if (!res.ok) throw await toApiError(res);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** The server's message for one field, for an input's `error` prop. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fieldErrors.find((e) => e.field === field)?.message;
}

/** The words to show for any error: the server's detail, or a generic sentence. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.detail : i18n.t('error.generic');
}
