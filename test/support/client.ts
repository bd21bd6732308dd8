// A small HTTP client for tests that behaves like the web app: keeps cookies and sends the CSRF header.
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class Client {
  readonly cookies = new Map<string, string>();
  bearer: string | null = null;
  language = 'en';

  constructor(readonly base: string) {}

  get csrf(): string | undefined {
    return this.cookies.get('sb_csrf');
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const h: Record<string, string> = { 'accept-language': this.language, ...headers };
    if (this.cookies.size > 0) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (method !== 'GET' && this.csrf && !('x-csrf-token' in headers)) h['x-csrf-token'] = this.csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      ...(payload !== undefined ? { body: payload } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = any>(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
}

export const ADMIN = {
  organisation_name: 'Waterschap Test',
  language: 'en',
  name: 'Anna Admin',
  email: 'anna@example.org',
  password: 'correct horse battery',
};

/** Sets up the organisation and returns a client logged in as its first admin. */
export async function setUp(base: string): Promise<Client> {
  const c = new Client(base);
  const res = await c.post('/api/v1/setup', ADMIN);
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}

/** How many kept mails (the built-in mail viewer) went to `email` so far. */
export async function mailCount(admin: Client, email: string): Promise<number> {
  const list = await admin.get('/api/v1/mail');
  return list.body.items.filter((m: { recipient: string }) => m.recipient === email).length;
}

/**
 * The link token from the newest kept mail to `email`, waiting until more than `seenBefore` mails went there
 * (the outbox worker delivers after the request has answered).
 */
export async function linkFromMail(admin: Client, email: string, seenBefore = 0): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const list = await admin.get('/api/v1/mail');
    const items = list.body.items.filter((m: { recipient: string }) => m.recipient === email);
    if (items.length > seenBefore) {
      const mail = await admin.get(`/api/v1/mail/${items[0].id}`);
      const m = /\/account\/token\/([A-Za-z0-9_-]+)/.exec(mail.body.text_body);
      if (m) return m[1]!;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no new mail to ${email} arrived in the mail viewer`);
}
