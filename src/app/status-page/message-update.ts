// The status-page part of a message (incident status, impact, the components it sets): checked when it is written
// and submitted, and applied when the message is published, in the publication's transaction.
import { randomUUID } from 'node:crypto';
import type { MessageStatusPage } from '../../core/api/status-page.js';
import { DomainError, type FieldProblem } from '../../core/errors.js';
import { localised } from '../../core/status-page/validate.js';
import type { ComponentStatus, Impact, IncidentStatus } from '../../core/status-page/values.js';
import type { IncidentRow } from '../../store/repos/incidents.js';
import type { MessageContentRow } from '../../store/repos/messages.js';
import {
  getStatusUpdates,
  insertComponentChange,
  markStatusUpdateApplied,
  saveStatusUpdate,
  updateComponent,
  type MessageStatusUpdateRow,
} from '../../store/repos/status-page.js';
import type { Tx } from '../../store/db.js';
import type { Ctx, Unit } from '../context.js';
import { notifySubscribers } from './notify-subscribers.js';
import { requireComponents } from './present.js';

const STATUS_PAGE = 'status_page';

const refuse = (problems: FieldProblem[]) => new DomainError('invalid', 'error.invalid', {}, problems);

export const partOf = (row: MessageStatusUpdateRow): MessageStatusPage => ({
  incident_status: row.incident_status as IncidentStatus,
  impact: row.impact as Impact,
  components: JSON.parse(row.components) as MessageStatusPage['components'],
});

/** The status-page parts of these messages, by message id. */
export async function statusPartsOf(tx: Tx, messageIds: string[]): Promise<Map<string, MessageStatusPage>> {
  const rows = await getStatusUpdates(tx, messageIds);
  return new Map(rows.map((r) => [r.message_id, partOf(r)]));
}

/**
 * A need-to-know incident never reaches the public page: the channel and the part are both refused. The part's
 * components must be on the page, each once.
 */
export async function checkStatusPart(
  tx: Tx,
  incident: IncidentRow,
  channels: string[],
  part: MessageStatusPage | null | undefined,
): Promise<void> {
  if (incident.restricted) {
    const problems: FieldProblem[] = [];
    const i = channels.indexOf(STATUS_PAGE);
    if (i >= 0) problems.push({ field: `channels.${i}`, key: 'status.restricted_incident' });
    if (part) problems.push({ field: 'status_page', key: 'status.restricted_incident' });
    if (problems.length > 0) throw refuse(problems);
  }
  if (part)
    await requireComponents(
      tx,
      part.components.map((c) => c.id),
      (i) => `status_page.components.${i}.id`,
    );
}

/** Writes (or with null removes) the part; undefined leaves it as it is. */
export async function writeStatusPart(
  tx: Tx,
  messageId: string,
  part: MessageStatusPage | null | undefined,
): Promise<void> {
  if (part === undefined) return;
  await saveStatusUpdate(
    tx,
    messageId,
    part && {
      incident_status: part.incident_status,
      impact: part.impact,
      components: JSON.stringify(part.components),
    },
  );
}

/** Before a message goes for approval: a message to the status page says what the page should show. */
export async function requireStatusPart(
  tx: Tx,
  incident: IncidentRow,
  messageId: string,
  channels: string[],
): Promise<MessageStatusPage | null> {
  if (!channels.includes(STATUS_PAGE)) return null;
  const part = (await statusPartsOf(tx, [messageId])).get(messageId);
  if (!part && !incident.restricted) throw refuse([{ field: 'status_page', key: 'status.update_missing' }]);
  await checkStatusPart(tx, incident, channels, part);
  return part ?? null;
}

/**
 * On publication of a message to the status page of a real, public incident: each listed component takes its new
 * status (logged for the day bars, an event on the incident's timeline), and the subscribers are told.
 */
export async function applyStatusPart(
  u: Unit,
  ctx: Ctx,
  incident: IncidentRow,
  messageId: string,
  channels: string[],
  contents: Pick<MessageContentRow, 'language' | 'subject' | 'body'>[],
): Promise<void> {
  const part = await requireStatusPart(u.tx, incident, messageId, channels);
  if (!part || incident.exercise) return;
  const rows = await requireComponents(
    u.tx,
    part.components.map((c) => c.id),
    (i) => `status_page.components.${i}.id`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const applied: Array<{ id: string; old_status: ComponentStatus; new_status: ComponentStatus }> = [];
  for (const { id, status } of part.components) {
    const component = byId.get(id)!;
    const before = component.status as ComponentStatus;
    applied.push({ id, old_status: before, new_status: status });
    if (before === status) continue;
    await updateComponent(u.tx, id, { status, status_changed_at: u.now, updated_at: u.now });
    await insertComponentChange(u.tx, {
      id: randomUUID(),
      component_id: id,
      status,
      previous_status: before,
      at: u.now,
      source: 'message',
      source_id: messageId,
    });
    await u.event(
      'status_component.changed',
      {
        component_id: id,
        name: { nl: component.name_nl, en: component.name_en },
        before,
        after: status,
        source: 'message',
        message_id: messageId,
      },
      { chainId: incident.id, subject: id },
    );
  }
  await markStatusUpdateApplied(u.tx, messageId, JSON.stringify(applied));
  const of = (lang: string) => contents.find((c) => c.language === lang);
  await notifySubscribers(u, ctx, {
    kind: 'incident_update',
    incident_id: incident.id,
    update_id: messageId,
    name: localised(of('nl')?.subject, of('en')?.subject),
    status: part.incident_status,
    impact: part.impact,
    body: localised(of('nl')?.body, of('en')?.body),
    components: part.components.map(({ id, status }) => {
      const c = byId.get(id)!;
      return { id, name: localised(c.name_nl, c.name_en), status };
    }),
    published_at: u.now,
  });
}
