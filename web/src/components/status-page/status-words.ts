// The status page's value sets in the UI: the order people choose from and the colour of each component status.
import type { MantineColor } from '@mantine/core';
import { componentStatuses, impacts, incidentStatuses } from '@core/status-page/values';
import type { ComponentStatus } from '../../api/status-page';

export { componentStatuses, impacts, incidentStatuses };

/** Green for working, through yellow and orange to red; blue for planned work. */
export const statusColor: Record<ComponentStatus, MantineColor> = {
  operational: 'green',
  degraded_performance: 'yellow',
  partial_outage: 'orange',
  major_outage: 'red',
  under_maintenance: 'blue',
};

/** A localised name: the UI language's, else the other one (one of them may be empty). */
export function localName(name: { nl: string; en: string }, lang: 'nl' | 'en'): string {
  return (lang === 'nl' ? name.nl || name.en : name.en || name.nl) || '';
}
