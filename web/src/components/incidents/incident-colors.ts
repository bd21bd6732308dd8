// The colours that carry meaning on incident screens: severity, phase, task status, service state, confidence.
import type { MantineColor } from '@mantine/core';
import type { Confidence, Phase, ServiceState, TaskStatus } from '../../api/incidents';

export const phaseColor: Record<Phase, MantineColor> = {
  detection: 'red',
  containment: 'orange',
  recovery: 'blue',
  evaluation: 'violet',
  closed: 'gray',
};

export const taskStatusColor: Record<TaskStatus, MantineColor> = {
  todo: 'gray',
  doing: 'blue',
  done: 'green',
  skipped: 'dark',
};

export const serviceStateColor: Record<ServiceState, MantineColor> = {
  operational: 'green',
  degraded: 'yellow',
  down: 'red',
  recovering: 'blue',
  restored: 'teal',
};

export const confidenceColor: Record<Confidence, MantineColor> = {
  low: 'orange',
  medium: 'yellow',
  high: 'green',
};

const bySeverityRank: MantineColor[] = ['red', 'orange', 'yellow', 'blue'];

/**
 * Severities are the plan's own (SEV1..SEV4 by default): the most severe is red. The rank is the severity's place
 * in the plan when known, else the first number in its id or name (sev1, "SEV 2"), else neutral.
 */
export function severityColor(id: string, name = '', order?: readonly string[]): MantineColor {
  const index = order?.indexOf(id) ?? -1;
  if (index >= 0) return bySeverityRank[Math.min(index, bySeverityRank.length - 1)]!;
  const digit = /\d/.exec(id) ?? /\d/.exec(name);
  if (!digit) return 'gray';
  const rank = Math.max(1, Number(digit[0]));
  return bySeverityRank[Math.min(rank - 1, bySeverityRank.length - 1)]!;
}
