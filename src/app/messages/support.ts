// What the message use cases share: loading a message with its incident and plan, who holds which role, the answer.
import type { Message, MessageContent, MessageKind, MessageStatus } from '../../core/api/messages.js';
import { DomainError, notFound } from '../../core/errors.js';
import { mayReject, rolesActorMaySign, type ApprovalRefusal } from '../../core/message/approvals.js';
import { mayDo, stateRefusal, type MessageAction } from '../../core/message/states.js';
import type { Channel, Plan, PlanAudience } from '../../core/plan/index.js';
import { hasAccess } from '../../core/access.js';
import { listAccounts, type AccountRow } from '../../store/repos/accounts.js';
import { latestFactSheet, listRoles, type IncidentRow } from '../../store/repos/incidents.js';
import {
  correctionsOf,
  getMessage,
  listApprovals,
  listContents,
  type MessageApprovalRow,
  type MessageRow,
} from '../../store/repos/messages.js';
import { countByMessage } from '../../store/repos/outbox.js';
import type { Tx } from '../../store/db.js';
import type { Actor, Ctx } from '../context.js';
import { incidentPlan } from '../incidents/work/support.js';
import { statusPartsOf } from '../status-page/message-update.js';

export function audienceOf(plan: Plan, audienceId: string, field = 'audience_id'): PlanAudience {
  const audience = plan.audiences.find((a) => a.id === audienceId);
  if (!audience)
    throw new DomainError('invalid', 'error.invalid', {}, [
      { field, key: 'message.unknown_audience', params: { id: audienceId } },
    ]);
  return audience;
}

export async function loadMessage(tx: Tx, incident: IncidentRow, messageId: string): Promise<MessageRow> {
  const message = await getMessage(tx, incident.id, messageId);
  if (!message) throw notFound('message');
  return message;
}

export function requireState(message: MessageRow, action: MessageAction): void {
  const status = message.status as MessageStatus;
  if (!mayDo(status, action)) throw new DomainError('conflict', stateRefusal(status, action));
}

/** The editor started from an older revision: someone else changed the message meanwhile. */
export function requireRevision(message: MessageRow, revision: number): void {
  if (Number(message.revision) !== revision)
    throw new DomainError('conflict', 'message.stale', { revision: Number(message.revision) });
}

export function refuse(r: ApprovalRefusal): DomainError {
  return new DomainError(r.code, r.key);
}

/**
 * The roles of the plan an account holds in this incident: the role it was given on the incident, and the roles
 * the plan names it for (primary or deputy, matched by email), so a deputy can sign when the primary is away.
 */
export async function rolesHeld(
  tx: Tx,
  plan: Plan,
  incidentId: string,
  account: { id: string; email: string },
) {
  const email = account.email.toLowerCase();
  const held = new Set<string>();
  for (const r of await listRoles(tx, incidentId))
    if (r.account_id === account.id || (r.email && r.email.toLowerCase() === email)) held.add(r.role_id);
  const persons = new Set(plan.people.filter((p) => p.email.toLowerCase() === email).map((p) => p.id));
  for (const role of plan.roles)
    if (persons.has(role.primary) || role.deputies.some((d) => persons.has(d))) held.add(role.id);
  return held;
}

export const channelsOf = (m: MessageRow): Channel[] => JSON.parse(m.channels) as Channel[];

export function contentRows(messageId: string, contents: MessageContent[]) {
  return contents.map((c) => ({
    message_id: messageId,
    language: c.language,
    subject: c.subject,
    body: c.body,
  }));
}

/** The contents must be in the audience's languages, each once. */
export function checkContents(audience: PlanAudience, contents: MessageContent[]): void {
  const seen = new Set<string>();
  contents.forEach((c, i) => {
    if (!audience.languages.includes(c.language) || seen.has(c.language))
      throw new DomainError('invalid', 'error.invalid', {}, [
        {
          field: `contents.${i}.language`,
          key: seen.has(c.language) ? 'message.language_twice' : 'message.language_not_for_audience',
          params: { language: c.language },
        },
      ]);
    seen.add(c.language);
  });
}

export function checkChannels(audience: PlanAudience, channels: Channel[]): void {
  channels.forEach((c, i) => {
    if (!audience.channels.includes(c))
      throw new DomainError('invalid', 'error.invalid', {}, [
        { field: `channels.${i}`, key: 'message.channel_not_for_audience', params: { channel: c } },
      ]);
  });
}

const names = (accounts: AccountRow[]) => new Map(accounts.map((a) => [a.id, a.name]));

/** Messages as the API shows them to this actor, with approvals, deliveries and what they may do now. */
export async function presentMessages(
  ctx: Ctx,
  tx: Tx,
  incident: IncidentRow,
  rows: MessageRow[],
  actor: Actor,
): Promise<Message[]> {
  if (rows.length === 0) return [];
  const plan = await incidentPlan(ctx, tx, incident);
  const ids = rows.map((r) => r.id);
  const [contents, approvals, corrections, counts, accounts, facts, held, statusParts] = await Promise.all([
    listContents(tx, ids),
    listApprovals(tx, ids),
    correctionsOf(tx, ids),
    countByMessage(tx, ids),
    listAccounts(tx),
    latestFactSheet(tx, incident.id),
    rolesHeld(tx, plan, incident.id, actor),
    statusPartsOf(tx, ids),
  ]);
  const who = names(accounts);
  const roleName = (id: string) => plan.roles.find((r) => r.id === id)?.name ?? id;
  const factVersion = facts ? Number(facts.version) : null;
  const canChange = hasAccess(actor.level, 'responder') && incident.phase !== 'closed';
  return rows.map((m) => {
    const audience = plan.audiences.find((a) => a.id === m.audience_id);
    const chain = audience?.approval_chain ?? [];
    const current = approvals.filter(
      (a) => a.message_id === m.id && Number(a.revision) === Number(m.revision),
    );
    const status = m.status as MessageStatus;
    const question = {
      status,
      chain,
      approvals: current,
      authorId: m.author_id,
      actorId: actor.id,
      actorRoles: held,
    };
    const count = (s: string) =>
      counts.filter((c) => c.messageId === m.id && c.status === s).reduce((n, c) => n + c.count, 0);
    const signed = (roleId: string): MessageApprovalRow | undefined =>
      current.find((a) => a.role_id === roleId);
    return {
      id: m.id,
      incident_id: m.incident_id,
      audience_id: m.audience_id,
      audience_name: audience?.name ?? m.audience_id,
      internal: audience?.internal ?? false,
      exercise: Boolean(incident.exercise),
      status,
      kind: m.kind as MessageKind,
      template_id: m.template_id,
      channels: channelsOf(m),
      contents: contents
        .filter((c) => c.message_id === m.id)
        .map(({ language, subject, body }) => ({ language: language as 'nl' | 'en', subject, body })),
      fact_sheet_version: m.fact_sheet_version === null ? null : Number(m.fact_sheet_version),
      facts_changed:
        status !== 'published' && factVersion !== null && Number(m.fact_sheet_version ?? 0) < factVersion,
      corrects_id: m.corrects_id,
      corrected_by_id: corrections.find((c) => c.corrects_id === m.id)?.id ?? null,
      revision: Number(m.revision),
      author_id: m.author_id,
      author_name: who.get(m.author_id) ?? null,
      created_at: m.created_at,
      updated_at: m.updated_at,
      submitted_at: m.submitted_at,
      published_at: m.published_at,
      published_by_name: m.published_by ? (who.get(m.published_by) ?? null) : null,
      rejection:
        m.rejected_at && m.rejection_comment !== null
          ? {
              by_name: m.rejected_by ? (who.get(m.rejected_by) ?? null) : null,
              at: m.rejected_at,
              comment: m.rejection_comment,
            }
          : null,
      approvals: chain.map((roleId) => {
        const a = signed(roleId);
        return {
          role_id: roleId,
          role_name: roleName(roleId),
          by_id: a?.account_id ?? null,
          by_name: a ? (who.get(a.account_id) ?? null) : null,
          at: a?.at ?? null,
          via: a ? (a.via as 'approval' | 'submission') : null,
        };
      }),
      can: {
        edit: canChange && mayDo(status, 'edit'),
        submit: canChange && mayDo(status, 'submit') && m.author_id === actor.id,
        approve_as: canChange ? rolesActorMaySign(question) : [],
        reject: canChange && mayReject(question),
        publish: canChange && mayDo(status, 'publish'),
        correct: canChange && mayDo(status, 'correct') && !corrections.some((c) => c.corrects_id === m.id),
      },
      deliveries: {
        pending: count('pending'),
        sent: count('sent'),
        failed: count('failed'),
        captured: count('captured'),
      },
      status_page: statusParts.get(m.id) ?? null,
    };
  });
}

/** A new draft's row: the fields every new message starts with. */
export function newDraftRow(fields: {
  id: string;
  incidentId: string;
  audienceId: string;
  kind: string;
  templateId: string | null;
  channels: string;
  factSheetVersion: number | null;
  correctsId: string | null;
  authorId: string;
  at: string;
}): MessageRow {
  return {
    id: fields.id,
    incident_id: fields.incidentId,
    audience_id: fields.audienceId,
    status: 'draft',
    kind: fields.kind,
    template_id: fields.templateId,
    channels: fields.channels,
    fact_sheet_version: fields.factSheetVersion,
    corrects_id: fields.correctsId,
    revision: 1,
    author_id: fields.authorId,
    created_at: fields.at,
    updated_at: fields.at,
    submitted_at: null,
    published_at: null,
    published_by: null,
    rejected_at: null,
    rejected_by: null,
    rejection_comment: null,
  };
}
