// Where reports come from: the monitoring systems that post alerts, and employees through the report form.
export const alertSources = ['generic', 'alertmanager', 'grafana'] as const;
export type AlertSource = (typeof alertSources)[number];

export const reportSources = ['employee', ...alertSources] as const;
export type ReportSource = (typeof reportSources)[number];

export const reportStatuses = ['new', 'declared', 'merged', 'dismissed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const alertStates = ['firing', 'resolved'] as const;
export type AlertState = (typeof alertStates)[number];
