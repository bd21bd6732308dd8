// One published message on a server-rendered page: its heading, when it was published, the links between a
// correction and the message it corrects, and its body from Markdown, in its own language.
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { PageMessage } from '../../core/pages/page-data.js';
import { escapeHtml, messageBody, otherLanguage, sentenceWithTime } from './layout.js';

export interface MessageOptions {
  headingLevel: number;
  /** Already escaped HTML after the publication time (the press page adds the incident reference). */
  meta?: string;
  /** What the page calls a message: an update (internal page) or a statement (press page). */
  noun: 'update' | 'statement';
}

export function renderMessage(m: PageMessage, l: Language, o: MessageOptions): string {
  const { attr, note } = otherLanguage(l, m.language);
  const h = `h${o.headingLevel}`;
  const link = (id: string, key: string) => ` <a href="#m-${escapeHtml(id)}">${escapeHtml(t(l, key))}</a>`;
  const corrects =
    m.corrects === 'earlier'
      ? `<p class="link">${escapeHtml(t(l, `pages.${o.noun}.corrects_earlier`))}</p>`
      : m.corrects
        ? `<p class="link">${sentenceWithTime(l, `pages.${o.noun}.corrects`, m.corrects.publishedAt)}${link(m.corrects.id, 'pages.read_original')}</p>`
        : '';
  // An outdated message stays on the page (it was public), marked so nobody quotes it without the correction.
  const corrected = m.correctedBy
    ? `<p class="link outdated">${sentenceWithTime(l, `pages.${o.noun}.corrected`, m.correctedBy.publishedAt)}${link(m.correctedBy.id, 'pages.read_correction')}</p>`
    : '';
  return `<article class="msg" id="m-${escapeHtml(m.id)}">
<${h}${attr}>${escapeHtml(m.subject)}</${h}>
<p class="meta">${sentenceWithTime(l, 'pages.published', m.publishedAt)}${o.meta ?? ''}</p>
${corrected}${corrects}${note}<div${attr}>${messageBody(m.body, Math.min(6, o.headingLevel + 1))}</div>
</article>`;
}
