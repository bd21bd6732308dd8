// The life of a message: draft → in_review → approved → published; rejected back to draft. Published is final.
import type { MessageStatus } from '../api/messages.js';

export type MessageAction = 'edit' | 'submit' | 'approve' | 'reject' | 'publish' | 'correct';

const allowed: Record<MessageStatus, readonly MessageAction[]> = {
  // Editing an in-review or approved message is allowed: it voids the approvals and makes it a draft again.
  draft: ['edit', 'submit'],
  in_review: ['edit', 'approve', 'reject'],
  approved: ['edit', 'reject', 'publish'],
  published: ['correct'],
};

export function mayDo(status: MessageStatus, action: MessageAction): boolean {
  return allowed[status].includes(action);
}

/** The catalogue key of the refusal when an action does not fit the state. */
export function stateRefusal(status: MessageStatus, action: MessageAction): string {
  if (status === 'published' && action !== 'correct') return 'message.published_final';
  return `message.cannot_${action}`;
}
