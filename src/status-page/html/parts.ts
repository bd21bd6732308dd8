// Pieces shared by the status pages: a status in words with its icon, the 90-day bars, an incident with its
// updates, a maintenance window.
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import { markdownToHtml } from '../../core/markdown.js';
import type {
  SnapshotComponent,
  SnapshotIncident,
  SnapshotMaintenance,
  StatusSnapshot,
} from '../../core/status-page/snapshot.js';
import type { ComponentStatus } from '../../core/status-page/values.js';
import { escapeHtml, pick, sentenceWithTime, time } from './layout.js';

// A shape per status, so the icon tells them apart without colour (and the word is always beside it).
// U+FE0E asks for the text form of the gear, not an emoji.
export const ICONS: Record<ComponentStatus | 'unknown', string> = {
  operational: '✓',
  degraded_performance: '↓',
  partial_outage: '!',
  major_outage: '✕',
  under_maintenance: '⚙\uFE0E',
  unknown: '?',
};

export function icon(status: ComponentStatus | 'unknown'): string {
  return `<span class="ic" aria-hidden="true">${ICONS[status]}</span>`;
}

export function componentStatus(status: ComponentStatus, l: Language): string {
  return `<span class="st s-${status}">${icon(status)} ${escapeHtml(t(l, `pages.status.component.${status}`))}</span>`;
}

/**
 * The days as bars, one element per run of equal days (a quiet quarter is one element, not ninety: the page
 * stays small). Hidden from screen readers; the sentence under it says the same in words.
 */
export function dayBars(c: SnapshotComponent, l: Language): string {
  const runs: { status: ComponentStatus | null; n: number }[] = [];
  for (const d of c.days) {
    const last = runs[runs.length - 1];
    if (last && last.status === d) last.n++;
    else runs.push({ status: d, n: 1 });
  }
  const bars = runs
    .map((r) => {
      const cls = r.status === 'operational' ? '' : ` class="d-${r.status ?? 'null'}"`;
      return r.n === 1 ? `<i${cls}></i>` : `<i${cls} style="flex-grow:${r.n}"></i>`;
    })
    .join('');
  const known = c.days.filter((d) => d !== null);
  const ok = known.filter((d) => d === 'operational' || d === 'under_maintenance').length;
  return `<div class="days" aria-hidden="true">${bars}</div>
<p class="small">${escapeHtml(t(l, 'pages.status.days_ok', { ok, days: known.length }))}</p>`;
}

export function componentNames(ids: string[], s: StatusSnapshot, l: Language): string {
  const byId = new Map(s.components.map((c) => [c.id, c]));
  return ids
    .map((id) => byId.get(id))
    .filter((c): c is SnapshotComponent => c !== undefined)
    .map((c) => pick(c.name, l))
    .join(', ');
}

function body(markdown: string, headingLevel: number): string {
  const html = markdownToHtml(markdown, { headingLevel }).trim();
  return html ? `<div class="body">${html}</div>` : '';
}

/** An incident's title line, state and every update (newest first). `level` is its heading's level. */
export function incidentCard(
  i: SnapshotIncident,
  s: StatusSnapshot,
  l: Language,
  opts: { level: 2 | 3; link: boolean },
): string {
  const name = escapeHtml(pick(i.name, l));
  const h = `h${opts.level}`;
  const title = opts.link ? `<a href="/status/incidents/${encodeURIComponent(i.id)}">${name}</a>` : name;
  const affected = componentNames(i.component_ids, s, l);
  const meta = [
    `<strong>${escapeHtml(t(l, `pages.status.incident.${i.status}`))}</strong>`,
    escapeHtml(t(l, `pages.status.impact.${i.impact}`)),
    affected ? escapeHtml(t(l, 'pages.status.affected', { components: affected })) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const updates = i.updates
    .map((u) => {
      const changes = u.affected_components
        .map((a) => {
          const c = s.components.find((x) => x.id === a.id);
          return c ? `${escapeHtml(pick(c.name, l))}: ${componentStatus(a.new_status, l)}` : '';
        })
        .filter(Boolean)
        .join(' · ');
      return `<li><p class="meta"><strong>${escapeHtml(t(l, `pages.status.incident.${u.status}`))}</strong> · ${time(u.created_at, l, s)}</p>
${body(pick(u.body, l), opts.level + 1)}${changes ? `\n<p class="small">${changes}</p>` : ''}</li>`;
    })
    .join('\n');
  const cls = i.status === 'resolved' ? 'i-ok' : `i-${i.impact}`;
  return `<article class="card inc ${cls}">
<${h}>${title}</${h}>
<p class="meta">${meta}</p>
<ol class="up">
${updates}
</ol>
</article>`;
}

export function maintenanceCard(
  m: SnapshotMaintenance,
  s: StatusSnapshot,
  l: Language,
  level: 2 | 3,
): string {
  const h = `h${level}`;
  const affected = componentNames(m.component_ids, s, l);
  const marker = '\u0000';
  const [a, b, c] = t(l, 'pages.status.window', { from: marker, until: marker }).split(marker);
  const window = `${escapeHtml(a ?? '')}${time(m.scheduled_for, l, s)}${escapeHtml(b ?? '')}${time(m.scheduled_until, l, s)}${escapeHtml(c ?? '')}`;
  // The feeds and the JSON's shortlink point here (/status#maintenance-{id}).
  return `<article class="card inc i-maintenance" id="maintenance-${escapeHtml(m.id)}">
<${h}>${escapeHtml(pick(m.name, l))}</${h}>
<p class="meta"><strong>${escapeHtml(t(l, `pages.status.maintenance.${m.status}`))}</strong> · ${window}${
    affected ? ` · ${escapeHtml(t(l, 'pages.status.affected', { components: affected }))}` : ''
  }</p>
${body(pick(m.body, l), level + 1)}
</article>`;
}

export { sentenceWithTime };
