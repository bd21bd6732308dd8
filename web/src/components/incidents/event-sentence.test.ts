// Every incident event type the server writes reads as a whole sentence, with names instead of ids.
import { describe, expect, it, vi } from 'vitest';
import type { IncidentDetail, IncidentEvent } from '../../api/incidents';
import { eventNames, eventSentence } from './event-sentence';

// The real catalogues in a plain i18next instance: the app's set-up needs a browser.
vi.mock('../../i18n', async () => {
  const i18next = (await import('i18next')).default;
  const en = (await import('../../i18n/en.json')).default;
  const incidents = (await import('../../i18n/incidents.en.json')).default;
  const plan = (await import('../../i18n/plan.en.json')).default;
  const messages = (await import('../../i18n/messages.en.json')).default;
  const legal = (await import('../../i18n/legal.en.json')).default;
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: { en: { translation: { ...en, ...incidents, ...plan, ...messages, ...legal } } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { default: instance, currentLanguage: () => 'en' };
});

const i18n = (await import('../../i18n')).default;
const t = i18n.t.bind(i18n);

const incident = {
  severity_id: 'sev1',
  severity_name: 'SEV1 - Crisis',
  roles: [{ role_id: 'incident_commander', role_name: 'Incident commander' }],
  services: [{ service_id: 'file_servers', name: 'File servers' }],
  tasks: [{ id: 't1', title: 'Call the insurer' }],
} as unknown as IncidentDetail;
const names = eventNames(incident, new Map([['sev2', 'SEV2 - Major']]));

const event = (type: string, payload: Record<string, unknown>): IncidentEvent => ({
  id: 'e1',
  seq: 1,
  at: '2026-05-14T09:00:00Z',
  actor_id: 'a1',
  actor_name: 'Anna',
  type,
  subject: null,
  payload,
  pinned: false,
});

// Payloads as the server's use cases write them (src/app/incidents).
const cases: Array<[string, Record<string, unknown>, RegExp]> = [
  ['incident.declared', { reference: 'INC-2026-0007' }, /declared the incident INC-2026-0007/],
  [
    'incident.updated',
    { before: { severity_id: 'sev1' }, after: { severity_id: 'sev2' } },
    /SEV1 - Crisis to SEV2 - Major/,
  ],
  [
    'incident.phase_changed',
    { from: 'detection', to: 'containment', direction: 'forward' },
    /from Detection to Containment/,
  ],
  [
    'incident.phase_changed',
    { from: 'recovery', to: 'containment', direction: 'back', reason: 'again' },
    /back from Recovery/,
  ],
  [
    'incident.awareness_changed',
    { before: '2026-05-14T08:00:00Z', after: '2026-05-13T08:00:00Z', reason: 'log' },
    /awareness time from/,
  ],
  [
    'role.assigned',
    { role_id: 'incident_commander', to: { name: 'Alex' } },
    /assigned Incident commander to Alex/,
  ],
  [
    'role.handed_over',
    { role_id: 'incident_commander', from: { name: 'Alex' }, to: { name: 'Sam' } },
    /from Alex to Sam/,
  ],
  ['member.added', { account_id: 'a2', name: 'Bob' }, /added Bob to the team/],
  ['member.removed', { account_id: 'a2', name: 'Bob' }, /removed Bob/],
  ['task.added', { task_id: 't2', title: 'Isolate the network' }, /added the task “Isolate the network”/],
  [
    'task.updated',
    { task_id: 't1', before: { owner_role: null }, after: { owner_role: 'incident_commander' } },
    /“Call the insurer”: role from nothing to Incident commander/,
  ],
  [
    'task.status_changed',
    { task_id: 't1', title: 'Call the insurer', from: 'todo', to: 'done' },
    /finished “Call the insurer”/,
  ],
  [
    'task.status_changed',
    { task_id: 't1', title: 'Call the insurer', from: 'todo', to: 'skipped', reason: 'n/a' },
    /skipped/,
  ],
  [
    'decision.recorded',
    { title: 'Servers offline', rationale: 'Stop spreading' },
    /recorded a decision: Servers offline/,
  ],
  ['facts.updated', { version: 3 }, /fact sheet \(version 3\)/],
  [
    'service.state_changed',
    { service_id: 'file_servers', before: 'operational', after: 'down' },
    /File servers from Operational to Down/,
  ],
  ['eta.changed', { eta_at: '2026-05-14T16:00:00Z', confidence: 'medium' }, /expected recovery to .*Medium/],
  ['eta.changed', { eta_at: null, confidence: 'low' }, /to not known/],
  ['note.added', { text: 'Called the police', pinned: false }, /added a note/],
  ['event.pinned', { event_id: 'e0', type: 'note.added' }, /pinned a key moment/],
  ['event.unpinned', { event_id: 'e0', type: 'note.added' }, /unpinned/],
  ['report.merged', { report_id: 'r1', source: 'alertmanager', title: 'Disk full' }, /report “Disk full”/],
  ['report.merged', { report_id: 'r1', source: 'employee' }, /employee's report/],
  // Communication (src/app/messages): the payload names the audience and, where it matters, the role.
  [
    'message.drafted',
    { message_id: 'm1', audience_id: 'customers', audience_name: 'Customers' },
    /started an update for Customers/,
  ],
  [
    'message.edited',
    { message_id: 'm1', audience_name: 'Customers', status: 'draft' },
    /changed the update for Customers/,
  ],
  [
    'message.submitted',
    { message_id: 'm1', audience_name: 'Customers' },
    /submitted the update for Customers for approval/,
  ],
  [
    'message.approved',
    { message_id: 'm1', audience_name: 'Customers', role_id: 'legal', role_name: 'Legal counsel' },
    /approved the update for Customers as Legal counsel/,
  ],
  [
    'message.approved',
    { message_id: 'm1', audience_name: 'Customers', role_id: 'incident_commander' },
    /as Incident commander/,
  ],
  [
    'message.rejected',
    { message_id: 'm1', audience_name: 'Customers', comment: 'Leave out the system names' },
    /sent the update for Customers back to draft/,
  ],
  [
    'message.published',
    { message_id: 'm1', audience_name: 'Customers', channels: ['email', 'status_page'], deliveries: 12 },
    /published the update for Customers \(Email, Status page; deliveries: 12\)/,
  ],
  [
    'message.corrected',
    { message_id: 'm2', audience_name: 'Customers', corrects_id: 'm1' },
    /correction of the update for Customers/,
  ],
];

// Legal clocks (src/app/legal): { obligation_id, kind, due_at?, step?, reference?, reasoning? }.
const legalCases: Array<[string, Record<string, unknown>, RegExp]> = [
  [
    'assessment.recorded',
    { changes: [{ answer: 'gdpr.risk', before: null, after: 'risk' }] },
    /^Anna recorded the legal assessment$/,
  ],
  [
    'assessment.recorded',
    {
      changes: [
        { answer: 'gdpr.risk', before: 'risk', after: 'high' },
        {
          answer: 'dora.classified_at',
          before: '2026-05-14T08:00:00.000Z',
          after: '2026-05-14T09:00:00.000Z',
        },
      ],
      reason: 'Classified later than first noted',
    },
    /^Anna changed 2 answers in the legal assessment$/,
  ],
  [
    'obligation.created',
    { obligation_id: 'o1', kind: 'gdpr_authority', due_at: '2026-05-17T08:00:00.000Z' },
    /added a legal duty: Notify the supervisory authority \(GDPR art\. 33\), due 17 May 2026 at 10:00 CEST/,
  ],
  [
    'obligation.created',
    { obligation_id: 'o1', kind: 'gdpr_register' },
    /duty: Record the breach .*33\(5\)\)$/,
  ],
  [
    'obligation.not_required',
    { obligation_id: 'o2', kind: 'gdpr_data_subjects', reasoning: 'Encrypted, key safe' },
    /decided this duty is not required: Inform the people affected/,
  ],
  [
    'obligation.submitted',
    { obligation_id: 'o1', kind: 'gdpr_authority', reference: 'M-2026-123' },
    /recorded the submission of Notify the supervisory authority .*reference M-2026-123$/,
  ],
  [
    'obligation.draft_edited',
    { obligation_id: 'o3', kind: 'nis2_early_warning' },
    /edited the draft of Early warning to the CSIRT/,
  ],
];

describe('legal event sentences', () => {
  it.each(legalCases)('%s reads as a sentence', (type, payload, expected) => {
    const { sentence } = eventSentence(t, event(type, payload), names);
    expect(sentence).toMatch(/^Anna/);
    expect(sentence).toMatch(expected);
    expect(sentence).not.toMatch(/\{\{|legal\.|undefined/);
  });

  it("shows a decision's reasoning on the second line", () => {
    const e = event('obligation.not_required', { kind: 'gdpr_authority', reasoning: 'No risk: encrypted' });
    expect(eventSentence(t, e, names).detail).toBe('No risk: encrypted');
  });

  it("tells the reminders apart by their step, as the system's", () => {
    const reminder = (step: string) => ({
      ...event('obligation.reminder', {
        kind: 'gdpr_authority',
        step,
        due_at: '2026-05-17T08:00:00.000Z',
      }),
      actor_id: null,
      actor_name: null,
    });
    expect(eventSentence(t, reminder('50'), names).sentence).toMatch(/^Half the time has passed/);
    expect(eventSentence(t, reminder('75'), names).sentence).toMatch(/^Three quarters/);
    expect(eventSentence(t, reminder('90'), names).sentence).toMatch(/^90 % of the time/);
    expect(eventSentence(t, reminder('overdue'), names).sentence).toMatch(/^The deadline has passed/);
  });
});

describe('incident event sentences', () => {
  it.each(cases)('%s reads as a sentence', (type, payload, expected) => {
    const { sentence } = eventSentence(t, event(type, payload), names);
    expect(sentence).toMatch(/^Anna /);
    expect(sentence).toMatch(expected);
    expect(sentence).not.toMatch(/\{\{|incidents\.|undefined/);
  });

  it('shows the reason, the note or the rationale on a second line', () => {
    expect(eventSentence(t, event('note.added', { text: 'Called the police' }), names).detail).toBe(
      'Called the police',
    );
    expect(
      eventSentence(
        t,
        event('incident.phase_changed', {
          from: 'recovery',
          to: 'containment',
          direction: 'back',
          reason: 'Re-infected',
        }),
        names,
      ).detail,
    ).toBe('Re-infected');
  });

  it("shows a rejection's comment on the second line, and an overdue update as the system's", () => {
    expect(
      eventSentence(
        t,
        event('message.rejected', { audience_name: 'Customers', comment: 'Too technical' }),
        names,
      ).detail,
    ).toBe('Too technical');
    const overdue = {
      ...event('update.overdue', { audience_name: 'Partners' }),
      actor_id: null,
      actor_name: null,
    };
    expect(eventSentence(t, overdue, names).sentence).toBe('The update for Partners is overdue');
  });

  it('names a type it does not know yet rather than hiding it', () => {
    expect(eventSentence(t, event('evaluation.started', {}), names).sentence).toBe(
      'Anna: evaluation.started',
    );
    expect(eventSentence(t, event('obligation.archived', {}), names).sentence).toBe(
      'Anna: obligation.archived',
    );
  });
});
