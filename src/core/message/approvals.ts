// The approval rules of a message: who may sign which role of the audience's chain, and when it is fully approved.
import type { MessageStatus } from '../api/messages.js';

export interface ApprovalRecord {
  role_id: string;
  account_id: string;
}

export type ApprovalRefusal =
  | { code: 'conflict'; key: 'message.not_in_review' }
  | { code: 'forbidden'; key: 'message.self_approval' }
  | { code: 'conflict'; key: 'message.already_signed' }
  | { code: 'invalid'; key: 'message.role_not_in_chain' }
  | { code: 'conflict'; key: 'message.role_already_signed' }
  | { code: 'forbidden'; key: 'message.not_role_holder' }
  | { code: 'forbidden'; key: 'message.not_approver' };

export interface ApprovalQuestion {
  status: MessageStatus;
  /** The audience's approval chain: role ids, in order. */
  chain: readonly string[];
  /** The approvals in force for the current revision. */
  approvals: readonly ApprovalRecord[];
  authorId: string;
  actorId: string;
  /** The chain roles the actor holds (on the incident or in the plan). */
  actorRoles: ReadonlySet<string>;
  /** The role the actor wants to sign as; the first open one they hold when absent. */
  roleId?: string;
}

/** The roles of the chain nobody has signed yet, in chain order. */
export function openRoles(chain: readonly string[], approvals: readonly ApprovalRecord[]): string[] {
  const signed = new Set(approvals.map((a) => a.role_id));
  return chain.filter((r) => !signed.has(r));
}

export function isFullyApproved(chain: readonly string[], approvals: readonly ApprovalRecord[]): boolean {
  return openRoles(chain, approvals).length === 0;
}

/**
 * Which role the actor may sign now, or why not. The author never approves their own message (their submission
 * already counted for a role they hold), and one person fills at most one role of one message: a message for
 * customers needs two people, whoever holds what.
 */
export function approvalRole(q: ApprovalQuestion): { role: string } | { refusal: ApprovalRefusal } {
  if (q.status !== 'in_review') return { refusal: { code: 'conflict', key: 'message.not_in_review' } };
  if (q.actorId === q.authorId) return { refusal: { code: 'forbidden', key: 'message.self_approval' } };
  if (q.approvals.some((a) => a.account_id === q.actorId))
    return { refusal: { code: 'conflict', key: 'message.already_signed' } };
  const open = openRoles(q.chain, q.approvals);
  if (q.roleId !== undefined) {
    if (!q.chain.includes(q.roleId))
      return { refusal: { code: 'invalid', key: 'message.role_not_in_chain' } };
    if (!open.includes(q.roleId))
      return { refusal: { code: 'conflict', key: 'message.role_already_signed' } };
    if (!q.actorRoles.has(q.roleId))
      return { refusal: { code: 'forbidden', key: 'message.not_role_holder' } };
    return { role: q.roleId };
  }
  const role = open.find((r) => q.actorRoles.has(r));
  return role ? { role } : { refusal: { code: 'forbidden', key: 'message.not_approver' } };
}

/** The roles the actor could sign as right now (for the page's buttons). */
export function rolesActorMaySign(q: Omit<ApprovalQuestion, 'roleId'>): string[] {
  return openRoles(q.chain, q.approvals).filter((roleId) => 'role' in approvalRole({ ...q, roleId }));
}

/** The chain role the author's submission counts for: the first one they hold, or none. */
export function submissionRole(chain: readonly string[], authorRoles: ReadonlySet<string>): string | null {
  return chain.find((r) => authorRoles.has(r)) ?? null;
}

/** Anyone who holds a role of the chain, except the author, may send a message under review back with a comment. */
export function mayReject(q: Omit<ApprovalQuestion, 'roleId'>): boolean {
  return (
    (q.status === 'in_review' || q.status === 'approved') &&
    q.actorId !== q.authorId &&
    q.chain.some((r) => q.actorRoles.has(r))
  );
}
