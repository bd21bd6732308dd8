// English words of the status page's feeds (RSS, Atom) and of the Statuspage-compatible JSON. Keys match
// status-feeds-nl.ts; merged in index.ts.
export const statusFeedsEn = {
  'pages.feed.title': '{page} status',
  'pages.feed.description': 'Incident updates and scheduled maintenance from {page}.',
  'pages.feed.item_title': '{status}: {title}',
  'pages.feed.incident_status.investigating': 'Investigating',
  'pages.feed.incident_status.identified': 'Identified',
  'pages.feed.incident_status.monitoring': 'Monitoring',
  'pages.feed.incident_status.resolved': 'Resolved',
  'pages.feed.maintenance.scheduled': 'Scheduled maintenance',
  'pages.feed.maintenance.in_progress': 'Maintenance in progress',
  'pages.feed.maintenance.completed': 'Maintenance completed',
  'pages.feed.maintenance.cancelled': 'Maintenance cancelled',
  'pages.feed.maintenance.window': 'From {start} until {end}.',
  'pages.feed.affected': 'Affected components: {components}.',
  'pages.feed.component_status.operational': 'operational',
  'pages.feed.component_status.degraded_performance': 'degraded performance',
  'pages.feed.component_status.partial_outage': 'partial outage',
  'pages.feed.component_status.major_outage': 'major outage',
  'pages.feed.component_status.under_maintenance': 'under maintenance',
  // The update texts Statuspage writes itself when a maintenance starts and ends (English in /api/v2).
  'pages.v2.maintenance.in_progress':
    'Scheduled maintenance is currently in progress. We will provide updates as necessary.',
  'pages.v2.maintenance.completed': 'The scheduled maintenance has been completed.',
};
