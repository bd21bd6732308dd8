// The page's overall state in one word and one sentence, as Atlassian Statuspage gives it in status.json: the
// indicator (none, minor, major, critical, or maintenance) from the open incidents' impact, the components'
// statuses and maintenance in progress.
import { t } from '../i18n/index.js';
import type { Localised, StatusSnapshot } from './snapshot.js';
import type { ComponentStatus, Impact } from './values.js';

export const indicators = ['none', 'minor', 'major', 'critical', 'maintenance'] as const;
export type Indicator = (typeof indicators)[number];

const impactRank: Record<Impact, number> = { none: 0, minor: 1, major: 2, critical: 3 };

/** What a component's status says about the whole page. */
const componentImpact: Record<ComponentStatus, Impact> = {
  operational: 'none',
  under_maintenance: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

/** Statuspage's own English descriptions, for the JSON documents that must match it word for word. */
export const statuspageDescription: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
  maintenance: 'Service Under Maintenance',
};

export interface PageState {
  indicator: Indicator;
  /** In the page's words, nl and en. */
  description: Localised;
}

export function indicatorOf(input: {
  componentStatuses: ComponentStatus[];
  /** The impact of each unresolved incident. */
  openImpacts: Impact[];
  /** A maintenance is in progress. */
  maintenanceInProgress: boolean;
}): Indicator {
  let worst: Impact = 'none';
  const consider = (i: Impact) => {
    if (impactRank[i] > impactRank[worst]) worst = i;
  };
  input.openImpacts.forEach(consider);
  input.componentStatuses.forEach((s) => consider(componentImpact[s]));
  if (worst !== 'none') return worst;
  if (input.maintenanceInProgress || input.componentStatuses.includes('under_maintenance'))
    return 'maintenance';
  return 'none';
}

export function describeIndicator(indicator: Indicator): Localised {
  return { nl: t('nl', `status.indicator.${indicator}`), en: t('en', `status.indicator.${indicator}`) };
}

/** The overall state of the page as a snapshot shows it. */
export function pageState(s: StatusSnapshot): PageState {
  const indicator = indicatorOf({
    componentStatuses: s.components.map((c) => c.status),
    openImpacts: s.incidents.filter((i) => i.resolved_at === null).map((i) => i.impact),
    maintenanceInProgress: s.maintenances.some((m) => m.status === 'in_progress'),
  });
  return { indicator, description: describeIndicator(indicator) };
}
