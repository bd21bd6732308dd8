// An employee reports something through the public form: no account, a secret link, a limit per address.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZReportFormRequest } from '../../core/api/intake.js';
import { DomainError } from '../../core/errors.js';
import { t } from '../../core/i18n/index.js';
import {
  REPORT_FORM_PER_IP,
  employeeReportDescription,
  employeeReportTitle,
  readWhen,
} from '../../core/intake/employee-report.js';
import { oneLine } from '../../core/intake/normalised.js';
import { afterFailure, retryAfterSeconds } from '../../core/throttle.js';
import { insertReport, lockIntake, type ReportRow } from '../../store/repos/reports.js';
import { getThrottle, setThrottle } from '../../store/repos/throttle.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Ctx } from '../context.js';
import { notifyCommander } from './notify-commander.js';
import { organisationForFormKey } from './report-form-access.js';

type ReportFormInput = z.output<typeof ZReportFormRequest>;

async function throttleState(tx: Tx, key: string) {
  const row = await getThrottle(tx, key);
  return row && { failures: Number(row.failures), windowStartedAt: row.window_started_at };
}

function tooMany(seconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError('rate_limited', 'error.report_rate_limited', { minutes }, [], seconds);
}

export async function submitEmployeeReport(ctx: Ctx, key: string, input: ReportFormInput) {
  await organisationForFormKey(ctx.store.db, key);
  const now = ctx.clock.now();
  // The login throttle's table and rule, under its own prefix: each submission counts, not only failures.
  const throttleKey = `report:${ctx.ip ?? 'unknown'}`;
  const wait = retryAfterSeconds(await throttleState(ctx.store.db, throttleKey), REPORT_FORM_PER_IP, now);
  if (wait > 0) throw tooMany(wait);

  const { occurredAt, whenText } = readWhen(input.when);
  const description = employeeReportDescription(input.what_happened);

  // Nobody is logged in on the form; even when someone is, the report is as anonymous as they chose to make it.
  return inTransaction({ ...ctx, actor: null }, async (u) => {
    await lockIntake(u.tx, ctx.store.dialect, throttleKey);
    const state = await throttleState(u.tx, throttleKey);
    const again = retryAfterSeconds(state, REPORT_FORM_PER_IP, now);
    if (again > 0) throw tooMany(again);
    const next = afterFailure(state, REPORT_FORM_PER_IP, now);
    await setThrottle(u.tx, throttleKey, next.failures, next.windowStartedAt);

    const report: ReportRow = {
      id: randomUUID(),
      source: 'employee',
      fingerprint: null,
      status: 'new',
      alert_state: null,
      title: employeeReportTitle(input.what_happened),
      description: whenText
        ? `${description}\n\n${t(input.language, 'intake.when_text', { when: whenText })}`
        : description,
      system: input.system ? oneLine(input.system) : null,
      severity_hint: null,
      occurred_at: occurredAt,
      reporter_name: input.name ? oneLine(input.name, 120) : null,
      reporter_contact: input.contact ? oneLine(input.contact) : null,
      payload: JSON.stringify({ language: input.language, when: input.when ?? null }),
      received_at: u.now,
      last_received_at: u.now,
      times_received: 1,
      incident_id: null,
      dismissed_reason: null,
      handled_by: null,
      handled_at: null,
    };
    await insertReport(u.tx, report);
    // The timeline cannot be edited or erased, so it keeps no words of the employee (they may name people):
    // the report itself holds them, where they can be handled under the privacy rules.
    await u.event(
      'report.received',
      { source: 'employee', language: input.language },
      { subject: report.id },
    );
    await notifyCommander(ctx, u, [report]);
    return { id: report.id, received_at: report.received_at };
  });
}
