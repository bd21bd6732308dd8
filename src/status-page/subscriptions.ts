// The public subscription pages: the subscribe form's POST, and the confirm and unsubscribe links from the mails
// (a page with a button on GET, the change on POST; RFC 8058 one-click POSTs come without cookies or CSRF token).
// HTML in, HTML out, in the page's look; registered by the status page plugin (installStatusPage).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../app/context.js';
import {
  confirmSubscription,
  getSubscription,
  type SubscriptionView,
} from '../app/status-page/confirm-subscription.js';
import { ZSubscribeForm, subscribe } from '../app/status-page/subscribe.js';
import { unsubscribe } from '../app/status-page/unsubscribe.js';
import type { Language } from '../core/api/common.js';
import { DomainError } from '../core/errors.js';
import { t } from '../core/i18n/index.js';
import { pageLanguage } from '../core/pages/language.js';
import type { StatusSnapshot } from '../core/status-page/snapshot.js';
import { escapeHtml, pick, renderBareNotice, renderFrame } from './html/layout.js';

export interface SubscriptionDeps {
  services: Services;
  /** The page's current snapshot (the status page's cache), for the frame and the component list; null if none. */
  snapshot?: () => StatusSnapshot | null;
}

const HTML = 'text/html; charset=utf-8';
// The link's token is in the address: never cached, never indexed, never passed on in a Referer.
const HEADERS = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};
const FORM_LIMIT = 64 * 1024;

type Form = Record<string, string | string[]>;

function parseForm(body: string): Form {
  const out: Form = {};
  for (const [k, v] of new URLSearchParams(body)) {
    const had = out[k];
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

interface Answer {
  status: number;
  title: string;
  /** HTML inside the card. */
  content: string;
  retryAfter?: number;
}

function card(text: string, extra = ''): string {
  return `<p>${escapeHtml(text)}</p>${extra}`;
}

function backLink(l: Language): string {
  return `<p><a href="/status?lang=${l}">${escapeHtml(t(l, 'subscriptions.back'))}</a></p>`;
}

function button(action: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(label)}</button></form>`;
}

/** "Too many attempts": the page for a form or link used too often from one address, with Retry-After. */
function tooMany(l: Language, error: DomainError): Answer {
  const minutes = Number(error.params.minutes ?? 1);
  return {
    status: 429,
    title: t(l, 'subscriptions.rate_limited.title'),
    content: card(t(l, 'subscriptions.rate_limited.body', { minutes }), backLink(l)),
    ...(error.retryAfterSeconds !== undefined ? { retryAfter: error.retryAfterSeconds } : {}),
  };
}

export function installSubscriptionRoutes(app: FastifyInstance, deps: SubscriptionDeps): void {
  const { services } = deps;

  const languageOf = (req: FastifyRequest, fallback?: string): Language => {
    const query = (req.query as Record<string, unknown> | undefined)?.lang;
    return pageLanguage(
      {
        query: typeof query === 'string' ? query : undefined,
        ...(fallback === 'nl' || fallback === 'en' ? { account: fallback } : {}),
        acceptLanguage: req.headers['accept-language'],
      },
      undefined,
    );
  };

  const send = (reply: FastifyReply, l: Language, path: string, a: Answer) => {
    const s = deps.snapshot?.() ?? null;
    const main = `<section class="card">${a.content}</section>`;
    const body = s
      ? renderFrame({ snapshot: s, language: l, title: a.title, heading: a.title, main, path, noindex: true })
      : renderBareNotice({ language: l, title: a.title, body: '', link: a.content }).replace('<p></p>', '');
    reply.code(a.status).headers(HEADERS).type(HTML);
    if (a.retryAfter !== undefined) reply.header('retry-after', String(a.retryAfter));
    return reply.send(body);
  };

  const notFound = (l: Language): Answer => ({
    status: 404,
    title: t(l, 'subscriptions.not_found.title'),
    content: card(t(l, 'subscriptions.not_found.body'), backLink(l)),
  });

  /** The subscribe form again, with the problems at their fields (nothing was stored). */
  const formAgain = (l: Language, form: Form, problems: Map<string, string>): Answer => {
    const s = deps.snapshot?.() ?? null;
    const chosen = new Set([form.components ?? []].flat());
    const err = (field: string) => problems.get(field);
    const errorOf = (field: string, id: string) =>
      err(field)
        ? `<p class="err" id="${id}" style="color:#b42318;font-weight:600">${escapeHtml(err(field)!)}</p>`
        : '';
    const email = first(form.email) ?? '';
    const language = first(form.language);
    const boxes = s
      ? s.components
          .map(
            (c) =>
              `<label class="cb"><input type="checkbox" name="components" value="${escapeHtml(c.id)}"${chosen.has(c.id) ? ' checked' : ''}> ${escapeHtml(pick(c.name, l))}</label>`,
          )
          .join('\n')
      : [...chosen].map((id) => `<input type="hidden" name="components" value="${escapeHtml(id)}">`).join('');
    const languages = (['nl', 'en'] as const)
      .map(
        (x) =>
          `<option value="${x}"${(language ?? l) === x ? ' selected' : ''}>${escapeHtml(t(l, `subscriptions.language.${x}`))}</option>`,
      )
      .join('');
    const content = `<p role="alert">${escapeHtml(t(l, 'subscriptions.form.has_errors'))}</p>
<form method="post" action="/status/subscribe" novalidate>
<label for="sub-email">${escapeHtml(t(l, 'subscriptions.form.email'))}</label>
${errorOf('email', 'sub-email-error')}<input id="sub-email" type="email" name="email" required autocomplete="email" inputmode="email" value="${escapeHtml(email)}"${err('email') ? ' aria-invalid="true" aria-describedby="sub-email-error"' : ''}>
<label for="sub-language">${escapeHtml(t(l, 'subscriptions.form.language'))}</label>
${errorOf('language', 'sub-language-error')}<select id="sub-language" name="language"${err('language') ? ' aria-invalid="true" aria-describedby="sub-language-error"' : ''}>${languages}</select>
${
  s && boxes
    ? `<fieldset${err('components') ? ' aria-describedby="sub-components-error"' : ''}><legend>${escapeHtml(t(l, 'subscriptions.form.components'))}: ${escapeHtml(t(l, 'subscriptions.form.components_hint'))}</legend>
${errorOf('components', 'sub-components-error')}${boxes}
</fieldset>`
    : `${errorOf('components', 'sub-components-error')}${boxes}`
}
<button type="submit">${escapeHtml(t(l, 'subscriptions.form.submit'))}</button>
</form>`;
    return { status: 400, title: t(l, 'subscriptions.invalid.title'), content };
  };

  const tokenPage = (
    l: Language,
    token: string,
    v: SubscriptionView,
    ask: 'confirm' | 'unsubscribe' | null,
  ): Answer => {
    const p = { org: v.organisation, email: v.address };
    const base = `/status/subscriptions/${encodeURIComponent(token)}`;
    if (v.state === 'unsubscribed') {
      const key = ask === 'confirm' ? 'subscriptions.ended' : 'subscriptions.unsubscribed';
      return { status: 200, title: t(l, `${key}.title`), content: card(t(l, `${key}.body`, p), backLink(l)) };
    }
    if (ask === 'unsubscribe')
      return {
        status: 200,
        title: t(l, 'subscriptions.unsubscribe.title'),
        content: card(
          t(l, 'subscriptions.unsubscribe.body', p),
          button(`${base}/unsubscribe`, t(l, 'subscriptions.unsubscribe.button')),
        ),
      };
    if (v.state === 'pending')
      return {
        status: 200,
        title: t(l, 'subscriptions.confirm.title'),
        content: card(
          t(l, 'subscriptions.confirm.body', p),
          button(`${base}/confirm`, t(l, 'subscriptions.confirm.button')),
        ),
      };
    return {
      status: 200,
      title: t(l, 'subscriptions.confirmed.title'),
      content: card(t(l, 'subscriptions.confirmed.body', p), backLink(l)),
    };
  };

  const ctxOf = (req: FastifyRequest) => ({ ...services, actor: null, ip: req.ip });

  /** Runs a token page; an unknown or malformed token is the 404 page. */
  const withToken =
    (
      work: (
        req: FastifyRequest,
        token: string,
      ) => Promise<{ view: SubscriptionView; ask: 'confirm' | 'unsubscribe' | null }>,
    ) =>
    async (req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => {
      const token = req.params.token;
      try {
        const { view, ask } = await work(req, token);
        const l = languageOf(req, view.language);
        return send(reply, l, req.url.split('?')[0]!, tokenPage(l, token, view, ask));
      } catch (error) {
        if (error instanceof DomainError && error.code === 'not_found')
          return send(reply, languageOf(req), '/status', notFound(languageOf(req)));
        if (error instanceof DomainError && error.code === 'rate_limited')
          return send(reply, languageOf(req), '/status', tooMany(languageOf(req), error));
        throw error;
      }
    };

  void app.register(async (scope) => {
    // Form posts only here: the JSON API elsewhere keeps refusing them (a cross-site form cannot reach it).
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_req, body, done) => done(null, parseForm(String(body))),
    );
    // RFC 8058 lets a mail client send its one-click POST as multipart/form-data; the body says nothing we need.
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_req, _body, done) => done(null, {}),
    );
    scope.setErrorHandler((error: FastifyError, req, reply) => {
      const status = error.statusCode ?? 500;
      // A body too large, of another type, or malformed: a page that says so, never a 5xx.
      if (status >= 400 && status < 500) {
        const l = languageOf(req);
        return send(reply, l, '/status', {
          status,
          title: t(l, 'subscriptions.invalid.title'),
          content: card(
            t(l, status === 413 ? 'error.too_large' : 'error.invalid', { limit: '64 KiB' }),
            backLink(l),
          ),
        });
      }
      throw error;
    });

    scope.post('/status/subscribe', async (req, reply) => {
      const form: Form = req.body && typeof req.body === 'object' ? (req.body as Form) : {};
      const asked = first(form.language);
      const l = languageOf(req, asked === 'nl' || asked === 'en' ? asked : undefined);
      const parsed = ZSubscribeForm.safeParse({
        email: first(form.email) ?? '',
        language: asked ?? l,
        components: form.components,
      });
      const fieldProblems = new Map<string, string>();
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'email');
          if (!fieldProblems.has(field)) fieldProblems.set(field, t(l, issue.message));
        }
        return send(reply, l, '/status', formAgain(l, form, fieldProblems));
      }
      try {
        const done = await subscribe(ctxOf(req), parsed.data);
        return send(reply, l, '/status', {
          status: 200,
          title: t(l, 'subscriptions.check_mail.title'),
          content: card(t(l, 'subscriptions.check_mail.body', { email: done.email }), backLink(l)),
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        if (error.code === 'rate_limited') return send(reply, l, '/status', tooMany(l, error));
        if (error.code === 'invalid') {
          for (const f of error.fields)
            if (!fieldProblems.has(f.field)) fieldProblems.set(f.field, t(l, f.key, f.params ?? {}));
          return send(reply, l, '/status', formAgain(l, form, fieldProblems));
        }
        throw error;
      }
    });

    const ctx = (req: FastifyRequest) => ctxOf(req);
    scope.get<{ Params: { token: string } }>(
      '/status/subscriptions/:token/confirm',
      withToken(async (req, token) => ({ view: await getSubscription(ctx(req), token), ask: 'confirm' })),
    );
    scope.post<{ Params: { token: string } }>(
      '/status/subscriptions/:token/confirm',
      withToken(async (req, token) => ({ view: await confirmSubscription(ctx(req), token), ask: null })),
    );
    scope.get<{ Params: { token: string } }>(
      '/status/subscriptions/:token/unsubscribe',
      withToken(async (req, token) => ({ view: await getSubscription(ctx(req), token), ask: 'unsubscribe' })),
    );
    scope.post<{ Params: { token: string } }>(
      '/status/subscriptions/:token/unsubscribe',
      withToken(async (req, token) => {
        const body = req.body && typeof req.body === 'object' ? (req.body as Form) : {};
        const oneClick = first(body['List-Unsubscribe']) === 'One-Click';
        return { view: await unsubscribe(ctx(req), token, oneClick ? 'one_click' : 'page'), ask: null };
      }),
    );
  });
}
