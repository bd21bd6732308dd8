// What each state of a message offers: the next step in words and the buttons, for the author and an approver.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../api/messages';
import { approvalProgress, isEditing, messageActions, nextStep, placeholders } from './message-steps';

const can = (c: Partial<Message['can']> = {}): Message['can'] => ({
  edit: false,
  submit: false,
  approve_as: [],
  reject: false,
  publish: false,
  correct: false,
  ...c,
});

const chain = [
  { role_id: 'communications_lead', role_name: 'Communications lead' },
  { role_id: 'legal', role_name: 'Legal counsel' },
];

function message(
  status: Message['status'],
  c: Partial<Message['can']>,
  extra: Partial<Message> = {},
): Message {
  return {
    id: 'm1',
    incident_id: 'i1',
    audience_id: 'customers',
    audience_name: 'Customers',
    internal: false,
    exercise: false,
    status,
    kind: 'holding',
    template_id: null,
    channels: ['email'],
    contents: [{ language: 'en', subject: 'Service disruption', body: 'We are working on it.' }],
    fact_sheet_version: 1,
    facts_changed: false,
    corrects_id: null,
    corrected_by_id: null,
    revision: 1,
    author_id: 'a1',
    author_name: 'Maria',
    created_at: '2026-05-14T09:00:00Z',
    updated_at: '2026-05-14T09:00:00Z',
    submitted_at: null,
    published_at: null,
    published_by_name: null,
    rejection: null,
    approvals: chain.map((r) => ({ ...r, by_id: null, by_name: null, at: null, via: null })),
    can: can(c),
    deliveries: { pending: 0, sent: 0, failed: 0, captured: 0 },
    status_page: null,
    ...extra,
  };
}

const signedBySubmission = chain.map((r, i) =>
  i === 0
    ? { ...r, by_id: 'a1', by_name: 'Maria', at: '2026-05-14T09:05:00Z', via: 'submission' as const }
    : { ...r, by_id: null, by_name: null, at: null, via: null },
);

describe('a draft', () => {
  it('asks its author to submit it, naming who approves', () => {
    const m = message('draft', { edit: true, submit: true });
    expect(nextStep(m)).toEqual({ key: 'submit' });
    expect(messageActions(m, true, false)).toEqual(['submit']);
    expect(messageActions(m, true, true)).toEqual(['submit', 'save']);
    expect(isEditing(m, false)).toBe(true);
  });

  it('asks first for what the template could not fill', () => {
    const m = message(
      'draft',
      { edit: true, submit: true },
      {
        contents: [
          { language: 'en', subject: 'Outage', body: 'Back by [[eta]]. [[facts.impact]] and [[eta]].' },
        ],
      },
    );
    expect(nextStep(m)).toEqual({ key: 'fill_placeholders', names: ['eta', 'facts.impact'] });
  });

  it('says it was sent back when it carries a rejection', () => {
    const m = message(
      'draft',
      { edit: true, submit: true },
      {
        rejection: { by_name: 'Priya', at: '2026-05-14T09:10:00Z', comment: 'No names of systems' },
      },
    );
    expect(nextStep(m)).toEqual({ key: 'rejected' });
  });

  it('is read-only for someone who may not change it', () => {
    const m = message('draft', {});
    expect(nextStep(m)).toEqual({ key: 'draft_other' });
    expect(messageActions(m, false, false)).toEqual([]);
    expect(isEditing(m, true)).toBe(false);
  });
});

describe('a message in review', () => {
  it('offers the approver "approve as" their role and reject, the author only to wait', () => {
    const approver = message(
      'in_review',
      { approve_as: ['legal'], reject: true, edit: true },
      {
        approvals: signedBySubmission,
      },
    );
    expect(nextStep(approver)).toEqual({ key: 'approve', roles: ['Legal counsel'] });
    expect(messageActions(approver, false, false)).toEqual(['approve', 'reject', 'edit']);
    expect(approvalProgress(approver)).toEqual({ signed: 1, total: 2 });

    const author = message('in_review', { edit: true }, { approvals: signedBySubmission });
    expect(nextStep(author)).toEqual({ key: 'wait_approval', roles: ['Legal counsel'] });
    expect(messageActions(author, false, false)).toEqual(['edit']);
  });

  it('opens the text only after "Change the text", and then offers only saving', () => {
    const m = message('in_review', { approve_as: ['legal'], reject: true, edit: true });
    expect(isEditing(m, false)).toBe(false);
    expect(isEditing(m, true)).toBe(true);
    expect(messageActions(m, true, false)).toEqual([]);
    expect(messageActions(m, true, true)).toEqual(['save']);
  });
});

describe('an approved message', () => {
  it('offers publishing to whoever may, and waiting to others', () => {
    const lead = message('approved', { publish: true, reject: true, edit: true });
    expect(nextStep(lead)).toEqual({ key: 'publish' });
    expect(messageActions(lead, false, false)).toEqual(['publish', 'reject', 'edit']);
    expect(nextStep(message('approved', {}))).toEqual({ key: 'wait_publish' });
  });
});

describe('a published message', () => {
  it('never changes: only a correction is offered, once', () => {
    const m = message('published', { correct: true, edit: true });
    expect(nextStep(m)).toEqual({ key: 'published' });
    expect(messageActions(m, true, true)).toEqual(['correct']);
    expect(isEditing(m, true)).toBe(false);
    const corrected = message('published', { correct: true }, { corrected_by_id: 'm2' });
    expect(nextStep(corrected)).toEqual({ key: 'corrected' });
    expect(messageActions(corrected, false, false)).toEqual([]);
  });
});

describe('placeholders', () => {
  it('finds each [[name]] once, in order', () => {
    expect(placeholders('[[a]] x [[b.c]] [[a]] {{d}} [[Not]]')).toEqual(['a', 'b.c']);
  });
});
