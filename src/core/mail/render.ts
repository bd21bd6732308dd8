// Renders a transactional email (invitation, password reset) as plain text and HTML in one language, in the
// layout every Stormbell mail shares.
import { t } from '../i18n/index.js';
import type { Language } from '../api/common.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The frame every Stormbell mail shares: a centred white card with inline styles, the footer in small print. */
export function mailLayout(m: {
  language: Language;
  title: string;
  content: string;
  footer: string;
}): string {
  return `<!doctype html>
<html lang="${m.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(m.title)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1a1b1e">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${m.content}
<p style="margin:0;font-size:12px;color:#666">${escapeHtml(m.footer)}</p>
</div></body></html>
`;
}

export interface ActionMail {
  language: Language;
  organisation: string;
  recipientName: string;
  subjectKey: string;
  bodyKey: string;
  actionKey: string;
  actionUrl: string;
  params: Record<string, string | number>;
}

/** A short mail with one call to action: greeting, one paragraph, a button (a link in text), a footer. */
export function renderActionMail(m: ActionMail): RenderedMail {
  const p = { ...m.params, org: m.organisation, name: m.recipientName };
  const subject = t(m.language, m.subjectKey, p);
  const greeting = t(m.language, 'mail.greeting', p);
  const body = t(m.language, m.bodyKey, p);
  const action = t(m.language, m.actionKey, p);
  const hint = t(m.language, 'mail.link_hint', p);
  const footer = t(m.language, 'mail.footer', p);
  const text = `${greeting}\n\n${body}\n\n${action}: ${m.actionUrl}\n\n-- \n${footer}\n`;
  const url = escapeHtml(m.actionUrl);
  const html = mailLayout({
    language: m.language,
    title: subject,
    content: `<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
<p style="margin:0 0 24px;line-height:1.5">${escapeHtml(body)}</p>
<p style="margin:0 0 24px"><a href="${url}" style="display:inline-block;background:#1c5dad;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#555">${escapeHtml(hint)}</p>
<p style="margin:0 0 24px;font-size:13px;word-break:break-all"><a href="${url}" style="color:#1c5dad">${url}</a></p>`,
    footer,
  });
  return { subject, text, html };
}
