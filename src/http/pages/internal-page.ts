// The employees' page as HTML: per current incident its status in plain words, when the next update comes, what
// to do and not to do, and the latest internal updates. Everything from the data is escaped.
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { InternalPage, InternalPageIncident, PageMessage } from '../../core/pages/page-data.js';
import { escapeHtml, otherLanguage, renderPage, sentenceWithTime } from './layout.js';
import { renderMessage } from './message.js';

export function renderInternalPage(page: InternalPage): string {
  const l = page.language;
  const main =
    page.incidents.length === 0
      ? `<section class="card calm" aria-labelledby="none"><h2 id="none">${escapeHtml(t(l, 'pages.internal.none_title'))}</h2><p>${escapeHtml(t(l, 'pages.internal.none_body'))}</p></section>`
      : page.incidents.map((incident, i) => renderIncident(incident, i, page)).join('\n');
  return renderPage({
    language: l,
    title: t(l, 'pages.internal.title'),
    organisation: page.organisation,
    intro: t(l, 'pages.internal.intro', { org: page.organisation }),
    main,
    now: page.now,
    noindex: true,
  });
}

function renderIncident(incident: InternalPageIncident, index: number, page: InternalPage): string {
  const l = page.language;
  const id = `incident-${index + 1}`;
  const [latest, ...earlier] = incident.updates;
  const parts = [
    `<h2 id="${id}">${escapeHtml(incident.title)}</h2>`,
    incident.restricted ? `<p class="badge">${escapeHtml(t(l, 'pages.internal.restricted'))}</p>` : '',
    `<p class="status"><span class="label">${escapeHtml(t(l, 'pages.internal.status'))}:</span> ${escapeHtml(t(l, `pages.phase.${incident.phase}`))}</p>`,
    incident.nextUpdateAt ? nextUpdate(incident.nextUpdateAt, page) : '',
    // The newest update first (what people come back for), then what to do, then the history.
    `<h3>${escapeHtml(t(l, 'pages.internal.latest'))}</h3>`,
    latest ? update(latest, l) : `<p>${escapeHtml(t(l, 'pages.internal.no_updates'))}</p>`,
    incident.guidance ? guidance(incident.guidance, l) : '',
    earlier.length > 0 ? `<h3>${escapeHtml(t(l, 'pages.internal.earlier'))}</h3>` : '',
    earlier.map((u) => update(u, l)).join('\n'),
  ];
  return `<section class="card" aria-labelledby="${id}">\n${parts.filter(Boolean).join('\n')}\n</section>`;
}

function nextUpdate(at: string, page: InternalPage): string {
  const overdue = Date.parse(at) <= Date.parse(page.now);
  const key = overdue ? 'pages.internal.next_update_overdue' : 'pages.internal.next_update';
  return `<p class="next">${sentenceWithTime(page.language, key, at)}</p>`;
}

function guidance(g: NonNullable<InternalPageIncident['guidance']>, l: Language): string {
  // The plan is written in one language: each list says so under its heading when the page is in the other.
  const { attr, note } = otherLanguage(l, g.language);
  const column = (kind: 'do' | 'dont', items: string[]) =>
    items.length === 0
      ? ''
      : `<div class="${kind}"><h3>${escapeHtml(t(l, `pages.internal.${kind}`))}</h3>${note}<ul${attr}>${items
          .map((item) => `<li>${escapeHtml(item)}</li>`)
          .join('')}</ul></div>`;
  return `<div class="guide">${column('do', g.do)}${column('dont', g.dont)}</div>`;
}

function update(m: PageMessage, l: Language): string {
  return renderMessage(m, l, { headingLevel: 4, noun: 'update' });
}
