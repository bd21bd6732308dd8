// Alerts from a monitoring system: check the sender's token, honour Idempotency-Key, deduplicate, notify.
import type { NormalisedAlert } from '../../core/intake/normalised.js';
import type { AlertSource, AlertState, ReportStatus } from '../../core/intake/sources.js';
import { inTransaction, type Ctx } from '../context.js';
import { applyAlerts, lockFingerprints } from './apply-alert.js';
import { authenticateIntakeToken } from './authenticate-intake-token.js';
import {
  earlierAnswer,
  earlierAnswerLocked,
  idempotentRequest,
  rememberAnswer,
  type StoredAnswer,
} from './idempotency.js';
import { notifyCommander } from './notify-commander.js';
import { nextTurn } from './turns.js';

export interface AlertsAccepted {
  reports: Array<{ id: string; status: ReportStatus; alert_state: AlertState | null; created: boolean }>;
}

export interface ReceiveAlertsInput {
  source: AlertSource;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  /** The body as sent, for the idempotency check: what counts as "the same request". */
  body: unknown;
  alerts: NormalisedAlert[];
}

export const ALERTS_ACCEPTED = 202;

export async function receiveAlerts(
  ctx: Ctx,
  input: ReceiveAlertsInput,
): Promise<StoredAnswer<AlertsAccepted> & { replayed: boolean }> {
  const sender = await authenticateIntakeToken(ctx, input.source, input.authorization);
  const idem = idempotentRequest(`alerts:${input.source}`, input.idempotencyKey, input.body);
  const before = await earlierAnswer<AlertsAccepted>(ctx.store.db, idem, ctx.clock.now().toISOString());
  if (before) return { ...before, replayed: true };

  if (ctx.store.dialect === 'sqlite') await nextTurn();
  // A sender is not a person: the events name the token instead of an actor.
  const answer = await inTransaction({ ...ctx, actor: null }, async (u) => {
    // Asked again inside: a retry that raced the first request waits for it here and then replays its answer.
    const raced = await earlierAnswerLocked<AlertsAccepted>(ctx, u, idem);
    if (raced) return { ...raced, replayed: true };
    await lockFingerprints(ctx, u, input.source, input.alerts);
    const { applied, events } = await applyAlerts(ctx, u, input.source, input.alerts, sender);
    await notifyCommander(
      ctx,
      u,
      applied.filter((a) => a.notify).map((a) => a.report),
    );
    const body: AlertsAccepted = {
      reports: applied.map((a) => ({
        id: a.report.id,
        status: a.report.status as ReportStatus,
        alert_state: a.report.alert_state as AlertState | null,
        created: a.created,
      })),
    };
    await rememberAnswer(u, idem, { status: ALERTS_ACCEPTED, body });
    // The events last, all at once: on PostgreSQL the first locks the organisation's timeline head until commit,
    // and every other arrival (and every other change that records an event) waits for that lock.
    await u.events(events);
    return { status: ALERTS_ACCEPTED, body, replayed: false };
  });
  return answer;
}
