// Renders one crisis message (Markdown) as an email in the recipient's language: exercise marking, the
// correction notice, the body, links and a footer with the organisation and the incident reference.
import { t } from '../i18n/index.js';
import { formatDateTime } from '../format-time.js';
import { markdownToHtml, markdownToText } from '../markdown.js';
import { escapeHtml, mailLayout, type RenderedMail } from './render.js';
import type { Language } from '../api/common.js';

export interface MessageMailInput {
  language: Language;
  organisation: string;
  subject: string;
  /** Markdown. */
  body: string;
  exercise: boolean;
  /** The incident reference, e.g. INC-2026-0007. */
  reference: string;
  /** Set when this message corrects an earlier one: when that one was published (ISO 8601). */
  correction?: { publishedAt: string };
  links?: Array<{ label: string; url: string }>;
}

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

const styles = {
  banner:
    'margin:0 0 20px;padding:12px 16px;background:#fff3bf;border:2px solid #e67700;border-radius:6px;color:#1a1b1e;font-weight:bold;line-height:1.4',
  correction:
    'margin:0 0 20px;padding:10px 14px;background:#e7f0fb;border-left:4px solid #1c5dad;color:#1a1b1e;line-height:1.4',
  body: 'margin:0 0 24px;line-height:1.5;font-size:15px',
  heading: 'margin:0 0 8px;font-size:14px;font-weight:bold',
  list: 'margin:0 0 24px;padding-left:20px;line-height:1.6',
  link: 'color:#1c5dad',
};

export function renderMessageMail(m: MessageMailInput): RenderedMail {
  const lang = m.language;
  // A subject is one header line: whatever whitespace the writer typed becomes one space.
  const plainSubject = m.subject.replace(/\s+/g, ' ').trim();
  const subject = m.exercise ? `[${t(lang, 'incident.exercise_mark')}] ${plainSubject}` : plainSubject;
  const banner = m.exercise ? t(lang, 'mail.message.exercise_banner') : undefined;
  const correction = m.correction
    ? t(lang, 'mail.message.correction', { date: formatDateTime(m.correction.publishedAt, lang) })
    : undefined;
  // Links are added by the system (the status page, the internal page): still, only http(s) and mailto pass.
  const links = (m.links ?? []).filter((l) => SAFE_URL.test(l.url));
  const linksHeading = t(lang, 'mail.message.links');
  const footer = t(lang, 'mail.message.footer', { org: m.organisation, reference: m.reference });

  const text = [
    banner ? `*** ${banner} ***` : undefined,
    correction,
    markdownToText(m.body),
    links.length ? `${linksHeading}:\n${links.map((l) => `- ${l.label}: ${l.url}`).join('\n')}` : undefined,
    `-- \n${footer}`,
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('\n\n')
    .concat('\n');

  const content = [
    banner ? `<p role="note" style="${styles.banner}">${escapeHtml(banner)}</p>` : '',
    correction ? `<p style="${styles.correction}">${escapeHtml(correction)}</p>` : '',
    `<div style="${styles.body}">${markdownToHtml(m.body).trim()}</div>`,
    links.length
      ? `<p style="${styles.heading}">${escapeHtml(linksHeading)}</p>\n<ul style="${styles.list}">${links
          .map(
            (l) =>
              `<li><a href="${escapeHtml(l.url)}" rel="noopener noreferrer" style="${styles.link}">${escapeHtml(l.label)}</a></li>`,
          )
          .join('')}</ul>`
      : '',
  ]
    .filter(Boolean)
    .join('\n');

  return { subject, text, html: mailLayout({ language: lang, title: subject, content, footer }) };
}
