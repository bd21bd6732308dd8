// The public /status/history page: the last HISTORY_DAYS days by month, newest month first, each incident and
// maintenance under the month it began in (in the page's time zone).
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { StatusSnapshot } from '../../core/status-page/snapshot.js';
import { HISTORY_DAYS } from '../../core/status-page/values.js';
import { escapeHtml, pick, renderFrame, sentenceWithTime } from './layout.js';

const DAY_MS = 86_400_000;

function monthKey(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(iso));
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

function monthName(iso: string, l: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(l === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone,
    year: 'numeric',
    month: 'long',
  }).format(new Date(iso));
}

export function renderHistoryPage(s: StatusSnapshot, l: Language): string {
  const tz = s.page.time_zone;
  const end = Date.parse(s.generated_at);
  // The months the window touches, newest first, each named by a moment inside it.
  const months: { key: string; at: string }[] = [];
  for (let at = end; at >= end - HISTORY_DAYS * DAY_MS; at -= DAY_MS) {
    const iso = new Date(at).toISOString();
    const key = monthKey(iso, tz);
    if (!months.some((m) => m.key === key)) months.push({ key, at: iso });
  }
  const sections = months.map(({ key, at }) => {
    const items = [
      ...s.incidents
        .filter((i) => monthKey(i.created_at, tz) === key)
        .map((i) => ({
          at: i.created_at,
          html: `<li><h3><a href="/status/incidents/${encodeURIComponent(i.id)}?lang=${l}">${escapeHtml(pick(i.name, l))}</a></h3>
<p class="meta"><strong>${escapeHtml(t(l, `pages.status.incident.${i.status}`))}</strong> · ${escapeHtml(t(l, `pages.status.impact.${i.impact}`))} · ${sentenceWithTime(l, 'pages.status.started_at', i.created_at, s)}${
            i.resolved_at ? ` · ${sentenceWithTime(l, 'pages.status.resolved_at', i.resolved_at, s)}` : ''
          }</p></li>`,
        })),
      ...s.maintenances
        .filter((m) => monthKey(m.scheduled_for, tz) === key && m.scheduled_for <= s.generated_at)
        .map((m) => ({
          at: m.scheduled_for,
          html: `<li><h3>${escapeHtml(pick(m.name, l))}</h3>
<p class="meta"><strong>${escapeHtml(t(l, `pages.status.maintenance.${m.status}`))}</strong> · ${sentenceWithTime(l, 'pages.status.started_at', m.scheduled_for, s)}</p></li>`,
        })),
    ].sort((a, b) => b.at.localeCompare(a.at));
    return `<section class="card month" aria-labelledby="m-${key}"><h2 id="m-${key}">${escapeHtml(monthName(at, l, tz))}</h2>
${items.length ? `<ul class="hist">\n${items.map((i) => i.html).join('\n')}\n</ul>` : `<p>${escapeHtml(t(l, 'pages.status.no_incidents_month'))}</p>`}
</section>`;
  });
  return renderFrame({
    snapshot: s,
    language: l,
    title: t(l, 'pages.status.history_title'),
    heading: t(l, 'pages.status.history_title'),
    main: `<p>${escapeHtml(t(l, 'pages.status.history_intro', { days: HISTORY_DAYS }))}</p>
${sections.join('\n')}
<p><a href="/status?lang=${l}">${escapeHtml(t(l, 'pages.status.back'))}</a></p>`,
  });
}
