// One public incident's own page (/status/incidents/:id): its state and every update, newest first.
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { SnapshotIncident, StatusSnapshot } from '../../core/status-page/snapshot.js';
import { escapeHtml, pick, renderFrame, sentenceWithTime } from './layout.js';
import { incidentCard } from './parts.js';

export function renderIncidentPage(s: StatusSnapshot, i: SnapshotIncident, l: Language): string {
  const when = [
    sentenceWithTime(l, 'pages.status.started_at', i.created_at, s),
    i.resolved_at ? sentenceWithTime(l, 'pages.status.resolved_at', i.resolved_at, s) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return renderFrame({
    snapshot: s,
    language: l,
    title: pick(i.name, l),
    heading: pick(i.name, l),
    main: `<p class="meta">${when}</p>
${incidentCard({ ...i, name: { nl: t('nl', 'pages.status.all_updates'), en: t('en', 'pages.status.all_updates') } }, s, l, { level: 2, link: false })}
<p><a href="/status?lang=${l}">${escapeHtml(t(l, 'pages.status.back'))}</a></p>`,
  });
}

/** For an address that is not a public incident: the same answer whether it never existed or is not public. */
export function renderNotFoundPage(s: StatusSnapshot, l: Language): string {
  return renderFrame({
    snapshot: s,
    language: l,
    title: t(l, 'pages.status.not_found_title'),
    heading: t(l, 'pages.status.not_found_title'),
    noindex: true,
    main: `<div class="card"><p>${escapeHtml(t(l, 'pages.status.not_found_body'))}</p>
<p><a href="/status?lang=${l}">${escapeHtml(t(l, 'pages.status.back'))}</a></p></div>`,
  });
}
