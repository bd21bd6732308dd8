// English words of the status page's administration and its data (errors, the overall state). Keys match
// status-admin-nl.ts; merged in index.ts.
export const statusAdminEn = {
  'field.https_url': 'Use a web address that starts with https://.',
  'field.color': 'Use a colour written as # and six hexadecimal digits, such as #1d4f91.',
  'field.time_zone': 'This is not a time zone; use a name such as Europe/Amsterdam or UTC.',
  'what.status_component': 'component',
  'what.status_group': 'component group',
  'what.maintenance': 'maintenance',
  'status.color_contrast':
    'This colour is too light to read on white ({ratio}:1); choose a darker one with at least 4.5:1.',
  'status.maintenance_order': 'The end must be after the start.',
  'status.update_missing':
    'This message goes to the status page: give its incident status, impact and affected components first.',
  'status.restricted_incident':
    'This incident is need-to-know: nothing about it may appear on the public status page.',
  'status.unknown_component': 'There is no component {id} on the status page.',
  'status.component_twice': 'Component {id} is listed twice.',
  'status.unknown_group': 'There is no component group {id}.',
  'status.maintenance_cancelled': 'This maintenance was cancelled and can no longer be changed.',
  'status.maintenance_over': 'This maintenance is over and can no longer be changed or cancelled.',
  'status.indicator.none': 'All systems operational',
  'status.indicator.minor': 'Minor service outage',
  'status.indicator.major': 'Partial system outage',
  'status.indicator.critical': 'Major system outage',
  'status.indicator.maintenance': 'Service under maintenance',
};
