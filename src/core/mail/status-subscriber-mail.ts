// The mails of the status page's subscriptions: the double opt-in, and a notice (an incident update or
// maintenance) with the link to the page and a visible unsubscribe link.
import { t } from '../i18n/index.js';
import { markdownToHtml, markdownToText } from '../markdown.js';
import { escapeHtml, mailLayout, type RenderedMail } from './render.js';
import type { Language } from '../api/common.js';

const styles = {
  lead: 'margin:0 0 16px;line-height:1.5;font-weight:bold',
  line: 'margin:0 0 12px;line-height:1.5',
  body: 'margin:0 0 20px;line-height:1.5;font-size:15px',
  heading: 'margin:0 0 8px;font-size:14px;font-weight:bold',
  list: 'margin:0 0 20px;padding-left:20px;line-height:1.6',
  button:
    'display:inline-block;background:#1c5dad;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold',
  link: 'color:#1c5dad',
  small: 'margin:0 0 16px;font-size:12px;color:#555;line-height:1.5',
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function renderSubscriptionConfirmMail(m: {
  language: Language;
  organisation: string;
  confirmUrl: string;
}): RenderedMail {
  const p = { org: m.organisation };
  const subject = oneLine(t(m.language, 'mail.subscription.subject', p));
  const body = t(m.language, 'mail.subscription.body', p);
  const action = t(m.language, 'mail.subscription.action', p);
  const hint = t(m.language, 'mail.link_hint', p);
  const footer = t(m.language, 'mail.footer', p);
  const url = escapeHtml(m.confirmUrl);
  return {
    subject,
    text: `${body}\n\n${action}: ${m.confirmUrl}\n\n-- \n${footer}\n`,
    html: mailLayout({
      language: m.language,
      title: subject,
      content: `<p style="${styles.line}">${escapeHtml(body)}</p>
<p style="margin:0 0 24px"><a href="${url}" style="${styles.button}">${escapeHtml(action)}</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#555">${escapeHtml(hint)}</p>
<p style="margin:0 0 24px;font-size:13px;word-break:break-all"><a href="${url}" style="${styles.link}">${url}</a></p>`,
      footer,
    }),
  };
}

export interface NoticeMailInput {
  language: Language;
  organisation: string;
  subject: string;
  /** Short sentences above the text (the status and impact, the maintenance window). */
  lines: string[];
  /** Markdown. */
  body: string;
  /** Components concerned, each as one line ("API: Major outage"). */
  components: string[];
  pageUrl: string;
  unsubscribeUrl: string;
}

export function renderStatusNoticeMail(m: NoticeMailInput): RenderedMail {
  const l = m.language;
  const subject = oneLine(m.subject);
  const componentsHeading = t(l, 'mail.status.components');
  const readMore = t(l, 'mail.status.read_more');
  const why = t(l, 'mail.status.footer', { org: m.organisation });
  const unsubscribe = t(l, 'mail.status.unsubscribe');
  const bodyText = markdownToText(m.body).trim();
  const text = [
    m.lines.join('\n'),
    bodyText,
    m.components.length ? `${componentsHeading}:\n${m.components.map((c) => `- ${c}`).join('\n')}` : '',
    `${readMore}: ${m.pageUrl}`,
    `-- \n${why}\n${unsubscribe}: ${m.unsubscribeUrl}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n')
    .concat('\n');
  const content = [
    ...m.lines.map((line, i) => `<p style="${i === 0 ? styles.lead : styles.line}">${escapeHtml(line)}</p>`),
    bodyText ? `<div style="${styles.body}">${markdownToHtml(m.body).trim()}</div>` : '',
    m.components.length
      ? `<p style="${styles.heading}">${escapeHtml(componentsHeading)}</p>\n<ul style="${styles.list}">${m.components
          .map((c) => `<li>${escapeHtml(c)}</li>`)
          .join('')}</ul>`
      : '',
    `<p style="margin:0 0 24px"><a href="${escapeHtml(m.pageUrl)}" style="${styles.link}">${escapeHtml(readMore)}</a></p>`,
    `<p style="${styles.small}">${escapeHtml(why)} <a href="${escapeHtml(m.unsubscribeUrl)}" style="${styles.link}">${escapeHtml(unsubscribe)}</a></p>`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    subject,
    text,
    html: mailLayout({ language: l, title: subject, content, footer: m.organisation }),
  };
}
