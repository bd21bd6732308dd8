// How bad each component status is, so the worst of several can be picked (bars, the page's overall state).
import type { ComponentStatus } from './values.js';

/** Maintenance is planned and announced: worse than operational, better than any outage. */
const rank: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export function worseStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return rank[b] > rank[a] ? b : a;
}

export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of statuses) worst = worseStatus(worst, s);
  return worst;
}
