// Dutch words of the status page's feeds (RSS, Atom) and of the Statuspage-compatible JSON. Keys match
// status-feeds-en.ts; merged in index.ts.
import type { statusFeedsEn } from './status-feeds-en.js';

export const statusFeedsNl: Record<keyof typeof statusFeedsEn, string> = {
  'pages.feed.title': 'Status van {page}',
  'pages.feed.description': 'Berichten over storingen en gepland onderhoud van {page}.',
  'pages.feed.item_title': '{status}: {title}',
  'pages.feed.incident_status.investigating': 'Wordt onderzocht',
  'pages.feed.incident_status.identified': 'Oorzaak gevonden',
  'pages.feed.incident_status.monitoring': 'Wordt gevolgd',
  'pages.feed.incident_status.resolved': 'Opgelost',
  'pages.feed.maintenance.scheduled': 'Gepland onderhoud',
  'pages.feed.maintenance.in_progress': 'Onderhoud bezig',
  'pages.feed.maintenance.completed': 'Onderhoud afgerond',
  'pages.feed.maintenance.cancelled': 'Onderhoud geannuleerd',
  'pages.feed.maintenance.window': 'Van {start} tot {end}.',
  'pages.feed.affected': 'Betrokken onderdelen: {components}.',
  'pages.feed.component_status.operational': 'werkt normaal',
  'pages.feed.component_status.degraded_performance': 'werkt trager',
  'pages.feed.component_status.partial_outage': 'werkt deels niet',
  'pages.feed.component_status.major_outage': 'werkt niet',
  'pages.feed.component_status.under_maintenance': 'in onderhoud',
  'pages.v2.maintenance.in_progress':
    'Het geplande onderhoud is bezig. We laten het weten als er iets verandert.',
  'pages.v2.maintenance.completed': 'Het geplande onderhoud is afgerond.',
};
