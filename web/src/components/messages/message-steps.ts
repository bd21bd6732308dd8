// What a message needs next and which buttons its state offers this person: pure, so it is tested on its own.
import type { Message } from '../../api/messages';

/** The [[name]] placeholders a filled template left for the writer (submitting refuses while one is left). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\[\[([a-z_.]+)\]\]/g)].map((m) => m[1]!))];
}

export function placeholdersInContents(contents: Message['contents']): string[] {
  return [...new Set(contents.flatMap((c) => [...placeholders(c.subject), ...placeholders(c.body)]))];
}

/** The chain roles nobody has signed yet, by name, in chain order. */
export function openRoleNames(m: Pick<Message, 'approvals'>): string[] {
  return m.approvals.filter((a) => !a.at).map((a) => a.role_name);
}

export function approvalProgress(m: Pick<Message, 'approvals'>): { signed: number; total: number } {
  return { signed: m.approvals.filter((a) => !!a.at).length, total: m.approvals.length };
}

export type NextStep =
  | { key: 'fill_placeholders'; names: string[] }
  | { key: 'rejected' }
  | { key: 'submit' }
  | { key: 'draft_other' }
  | { key: 'approve'; roles: string[] }
  | { key: 'wait_approval'; roles: string[] }
  | { key: 'publish' }
  | { key: 'wait_publish' }
  | { key: 'published' }
  | { key: 'corrected' };

/** The one sentence that tells this person what to do now (or who it waits for). */
export function nextStep(m: Message): NextStep {
  switch (m.status) {
    case 'draft': {
      if (!m.can.submit) return { key: 'draft_other' };
      const names = placeholdersInContents(m.contents);
      if (names.length > 0) return { key: 'fill_placeholders', names };
      return m.rejection ? { key: 'rejected' } : { key: 'submit' };
    }
    case 'in_review': {
      const names = new Map(m.approvals.map((a) => [a.role_id, a.role_name]));
      if (m.can.approve_as.length > 0)
        return { key: 'approve', roles: m.can.approve_as.map((r) => names.get(r) ?? r) };
      return { key: 'wait_approval', roles: openRoleNames(m) };
    }
    case 'approved':
      return m.can.publish ? { key: 'publish' } : { key: 'wait_publish' };
    case 'published':
      return m.corrected_by_id ? { key: 'corrected' } : { key: 'published' };
  }
}

export type ActionName = 'save' | 'submit' | 'approve' | 'reject' | 'edit' | 'publish' | 'correct';

/**
 * The buttons, in the order shown, the first being the main one. `editing`: the text is open for changes;
 * `dirty`: it has unsaved changes (then submitting saves first).
 */
export function messageActions(m: Message, editing: boolean, dirty: boolean): ActionName[] {
  const out: ActionName[] = [];
  switch (m.status) {
    case 'draft':
      if (m.can.submit) out.push('submit');
      if (m.can.edit && dirty) out.push('save');
      break;
    case 'in_review':
    case 'approved':
      if (editing) {
        if (dirty) out.push('save');
        break;
      }
      if (m.status === 'in_review' && m.can.approve_as.length > 0) out.push('approve');
      if (m.status === 'approved' && m.can.publish) out.push('publish');
      if (m.can.reject) out.push('reject');
      if (m.can.edit) out.push('edit');
      break;
    case 'published':
      if (m.can.correct && !m.corrected_by_id) out.push('correct');
      break;
  }
  return out;
}

/** Whether the text shows as editable fields: a draft one may edit, or a reviewed one after "Edit". */
export function isEditing(m: Message, editRequested: boolean): boolean {
  if (!m.can.edit || m.status === 'published') return false;
  return m.status === 'draft' || editRequested;
}
