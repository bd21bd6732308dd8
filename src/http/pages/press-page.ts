// The public press page as HTML: whom journalists can contact, then the statements, newest first, each with its
// time and incident reference, and a correction linked to the statement it corrects (and back).
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { PressPage } from '../../core/pages/page-data.js';
import { escapeHtml, renderPage } from './layout.js';
import { renderMessage } from './message.js';

export function renderPressPage(page: PressPage): string {
  const l = page.language;
  const statements =
    page.statements.length === 0
      ? `<p>${escapeHtml(t(l, 'pages.press.none'))}</p>`
      : page.statements
          .map((s) =>
            renderMessage(s, l, {
              headingLevel: 3,
              noun: 'statement',
              meta: ` · ${escapeHtml(t(l, 'pages.reference', { reference: s.reference }))}`,
            }),
          )
          .join('\n');
  const main = [
    page.contact ? contact(page.contact, l) : '',
    `<section class="card" aria-labelledby="statements"><h2 id="statements">${escapeHtml(t(l, 'pages.press.statements'))}</h2>\n${statements}\n</section>`,
  ]
    .filter(Boolean)
    .join('\n');
  return renderPage({
    language: l,
    title: t(l, 'pages.press.title'),
    organisation: page.organisation,
    intro: t(l, 'pages.press.intro', { org: page.organisation }),
    main,
    now: page.now,
  });
}

function contact(c: NonNullable<PressPage['contact']>, l: Language): string {
  const rows = [
    c.email
      ? `<dt>${escapeHtml(t(l, 'pages.press.email'))}</dt><dd><a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a></dd>`
      : '',
    c.phone
      ? `<dt>${escapeHtml(t(l, 'pages.press.phone'))}</dt><dd><a href="tel:${escapeHtml(c.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(c.phone)}</a></dd>`
      : '',
  ].join('');
  return `<section class="card contact" aria-labelledby="contact"><h2 id="contact">${escapeHtml(t(l, 'pages.press.contact'))}</h2>
<p>${escapeHtml(t(l, 'pages.press.contact_intro'))} <strong>${escapeHtml(c.name)}</strong></p>${rows ? `\n<dl>${rows}</dl>` : ''}
</section>`;
}
