// What a report's timeline events say about it. The timeline cannot be edited or erased, so an employee's own
// words (which may name colleagues) stay on the report, where privacy rules can reach them, and not in events.
import type { ReportRow } from '../../store/repos/reports.js';

export function reportEventFields(report: Pick<ReportRow, 'id' | 'source' | 'title'>) {
  return report.source === 'employee'
    ? { report_id: report.id, source: report.source }
    : { report_id: report.id, source: report.source, title: report.title };
}
