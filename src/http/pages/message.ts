// One published message on a server-rendered page: its heading, when it was published, the links between a
// correction and the message it corrects, and its body from Markdown, in its own language.
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { PageMessage } from '../../core/pages/page-data.js';
import { escapeHtml, messageBody, otherLanguage, sentenceWithTime } from './layout.js';

/** One published message: heading, time, correction links both ways, the body in its own language. */
export function renderMessage(m: PageMessage, l: Language, headingLevel: number, extraMeta = ''): string {
  const { attr, note } = otherLanguage(l, m.language);
  const h = `h${headingLevel}`;
  const corrects =
    m.corrects === 'earlier'
      ? `<p class="link">${escapeHtml(t(l, 'pages.corrects_earlier'))}</p>`
      : m.corrects
        ? `<p class="link">${sentenceWithTime(l, 'pages.corrects', m.corrects.publishedAt)} <a href="#m-${escapeHtml(m.corrects.id)}">${escapeHtml(t(l, 'pages.read_original'))}</a></p>`
        : '';
  const corrected = m.correctedBy
    ? `<p class="link">${sentenceWithTime(l, 'pages.corrected', m.correctedBy.publishedAt)} <a href="#m-${escapeHtml(m.correctedBy.id)}">${escapeHtml(t(l, 'pages.read_correction'))}</a></p>`
    : '';
  return `<article class="msg" id="m-${escapeHtml(m.id)}">
<${h}${attr}>${escapeHtml(m.subject)}</${h}>
<p class="meta">${sentenceWithTime(l, 'pages.published', m.publishedAt)}${extraMeta}</p>
${corrected}${corrects}${note}<div${attr}>${messageBody(m.body, Math.min(6, headingLevel + 1))}</div>
</article>`;
}
