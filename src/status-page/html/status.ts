// The public /status page: the overall state, open incidents with all their updates, maintenance in progress and
// coming, every component with its 90 days, the subscribe form and the ways to follow the page.
import type { Language } from '../../core/api/common.js';
import { t } from '../../core/i18n/index.js';
import type { SnapshotComponent, StatusSnapshot } from '../../core/status-page/snapshot.js';
import { pageState } from '../../core/status-page/indicator.js';
import { escapeHtml, pick, renderFrame, sentenceWithTime } from './layout.js';
import { componentStatus, dayBars, icon, incidentCard, maintenanceCard } from './parts.js';

const indicatorIcon = {
  none: 'operational',
  minor: 'degraded_performance',
  major: 'partial_outage',
  critical: 'major_outage',
  maintenance: 'under_maintenance',
} as const;

export function renderStatusPage(s: StatusSnapshot, l: Language): string {
  const { indicator } = pageState(s);
  const banner = `<p class="card banner s-${indicatorIcon[indicator]}" role="status">${icon(indicatorIcon[indicator])} ${escapeHtml(t(l, `pages.status.indicator.${indicator}`))}</p>`;

  const open = s.incidents.filter((i) => i.status !== 'resolved');
  const incidents = open.length
    ? `<section aria-labelledby="h-inc"><h2 id="h-inc">${escapeHtml(t(l, 'pages.status.open_incidents'))}</h2>
${open.map((i) => incidentCard(i, s, l, { level: 3, link: true })).join('\n')}
</section>`
    : '';

  // Resolved in the last week: a visitor who saw the outage finds how it ended without going to the history.
  const weekAgo = new Date(Date.parse(s.generated_at) - 7 * 86_400_000).toISOString();
  const recent = s.incidents.filter((i) => i.resolved_at !== null && i.resolved_at >= weekAgo);
  const resolved = recent.length
    ? `<section class="card" aria-labelledby="h-res"><h2 id="h-res">${escapeHtml(t(l, 'pages.status.recently_resolved'))}</h2>
<ul class="hist">
${recent
  .map(
    (i) =>
      `<li><a href="/status/incidents/${encodeURIComponent(i.id)}?lang=${l}">${escapeHtml(pick(i.name, l))}</a><p class="meta">${sentenceWithTime(l, 'pages.status.resolved_at', i.resolved_at!, s)}</p></li>`,
  )
  .join('\n')}
</ul>
</section>`
    : '';

  const planned = s.maintenances.filter((m) => m.status === 'in_progress' || m.status === 'scheduled');
  const maintenance = planned.length
    ? `<section aria-labelledby="h-mnt"><h2 id="h-mnt">${escapeHtml(t(l, 'pages.status.maintenances'))}</h2>
${planned.map((m) => maintenanceCard(m, s, l, 3)).join('\n')}
</section>`
    : '';

  return renderFrame({
    snapshot: s,
    language: l,
    title: t(l, 'pages.status.title'),
    heading: s.page.name ? t(l, 'pages.status.heading', { org: s.page.name }) : t(l, 'pages.status.title'),
    main: [banner, incidents, resolved, maintenance, components(s, l), subscribe(s, l), follow(l)]
      .filter(Boolean)
      .join('\n'),
  });
}

function componentItem(c: SnapshotComponent, l: Language): string {
  const description = c.description ? pick(c.description, l) : '';
  return `<li class="comp"><div class="row"><span class="nm">${escapeHtml(pick(c.name, l))}</span>${componentStatus(c.status, l)}</div>${
    description ? `<p class="desc">${escapeHtml(description)}</p>` : ''
  }
${dayBars(c, l)}</li>`;
}

function components(s: StatusSnapshot, l: Language): string {
  const byId = new Map(s.components.map((c) => [c.id, c]));
  const grouped = new Set<string>();
  const parts: string[] = [];
  for (const g of s.groups) {
    const list = g.component_ids.map((id) => byId.get(id)).filter((c): c is SnapshotComponent => !!c);
    list.forEach((c) => grouped.add(c.id));
    if (list.length === 0) continue;
    parts.push(`<h3>${escapeHtml(pick(g.name, l))}</h3>
<ul class="comps">
${list.map((c) => componentItem(c, l)).join('\n')}
</ul>`);
  }
  const rest = s.components.filter((c) => !grouped.has(c.id));
  if (rest.length)
    parts.push(`${parts.length ? `<h3>${escapeHtml(t(l, 'pages.status.other_components'))}</h3>\n` : ''}<ul class="comps">
${rest.map((c) => componentItem(c, l)).join('\n')}
</ul>`);
  const days = s.components[0]?.days.length ?? 0;
  return `<section class="card" aria-labelledby="h-cmp"><h2 id="h-cmp">${escapeHtml(t(l, 'pages.status.components'))}</h2>
${
  parts.length
    ? `<p class="small">${escapeHtml(t(l, 'pages.status.days_label', { days }))}. ${escapeHtml(t(l, 'pages.status.days_legend'))}.</p>\n${parts.join('\n')}`
    : `<p>${escapeHtml(t(l, 'pages.status.no_components'))}</p>`
}
</section>`;
}

// Posts to the subscription route (src/status-page/subscriptions.ts): two taps for everything (address, button);
// the components are folded away for those who want only some.
function subscribe(s: StatusSnapshot, l: Language): string {
  const boxes = s.components
    .map(
      (c) =>
        `<label class="cb"><input type="checkbox" name="components" value="${escapeHtml(c.id)}"> ${escapeHtml(pick(c.name, l))}</label>`,
    )
    .join('\n');
  return `<section class="card" aria-labelledby="h-sub"><h2 id="h-sub">${escapeHtml(t(l, 'pages.status.subscribe'))}</h2>
<p class="small">${escapeHtml(t(l, 'pages.status.subscribe_intro'))}</p>
<form method="post" action="/status/subscribe">
<input type="hidden" name="language" value="${l}">
<label for="sub-email">${escapeHtml(t(l, 'pages.status.email'))}</label>
<input id="sub-email" type="email" name="email" required autocomplete="email" inputmode="email">
${
  boxes
    ? `<details><summary>${escapeHtml(t(l, 'pages.status.choose_components'))}</summary>
<fieldset><legend>${escapeHtml(t(l, 'pages.status.choose_components_hint'))}</legend>
${boxes}
</fieldset></details>\n`
    : ''
}<button type="submit">${escapeHtml(t(l, 'pages.status.subscribe_button'))}</button>
</form>
</section>`;
}

function follow(l: Language): string {
  return `<nav class="card" aria-labelledby="h-fol"><h2 id="h-fol">${escapeHtml(t(l, 'pages.status.feeds'))}</h2>
<ul class="links">
<li><a href="/status/history?lang=${l}">${escapeHtml(t(l, 'pages.status.history_link'))}</a></li>
<li><a href="/status/feed.rss?lang=${l}">${escapeHtml(t(l, 'pages.status.rss'))}</a></li>
<li><a href="/status/feed.atom?lang=${l}">${escapeHtml(t(l, 'pages.status.atom'))}</a></li>
<li><a href="/api/v2/summary.json">${escapeHtml(t(l, 'pages.status.json'))}</a></li>
</ul>
</nav>`;
}
