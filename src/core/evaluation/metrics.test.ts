import { describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsEvent, type MetricsInput } from './metrics.js';

const T0 = Date.parse('2027-03-01T08:00:00.000Z');
/** A moment `m` minutes after 08:00. */
const at = (m: number) => new Date(T0 + m * 60_000).toISOString();
const phase = (m: number, from: string, to: string): MetricsEvent => ({
  at: at(m),
  type: 'incident.phase_changed',
  payload: { from, to, at: at(m), reason: null, direction: 'forward' },
});
const published = (m: number, audience: string): MetricsEvent => ({
  at: at(m),
  type: 'message.published',
  payload: { message_id: `m${m}`, audience_id: audience },
});

const base = (over: Partial<MetricsInput> = {}): MetricsInput => ({
  declaredAt: at(30),
  awarenessAt: at(30),
  closedAt: null,
  signals: [],
  events: [],
  audiences: [
    { id: 'staff', name: 'Staff', internal: true, cadenceMinutes: 60 },
    { id: 'customers', name: 'Customers', internal: false, cadenceMinutes: 120 },
  ],
  obligations: [],
  now: at(24 * 60),
  ...over,
});

describe('computeMetrics', () => {
  it('measures detect, contain, recover and total from a straight run', () => {
    const m = computeMetrics(
      base({
        signals: [
          { at: at(10), source: 'alertmanager' },
          { at: at(5), source: 'employee' },
        ],
        events: [
          phase(60, 'detection', 'containment'),
          phase(150, 'containment', 'recovery'),
          phase(400, 'recovery', 'evaluation'),
        ],
      }),
    );
    expect(m.first_signal_at).toBe(at(5));
    expect(m.first_signal_source).toBe('report');
    expect(m.time_to_detect_seconds).toBe(25 * 60);
    expect(m.recovery_started_at).toBe(at(150));
    expect(m.time_to_contain_seconds).toBe(120 * 60);
    expect(m.evaluation_started_at).toBe(at(400));
    expect(m.time_to_recover_seconds).toBe(250 * 60);
    expect(m.total_duration_seconds).toBe(395 * 60);
    expect(m.back_transitions).toBe(0);
    expect(m.seconds_in_phase).toEqual({
      detection: 30 * 60,
      containment: 90 * 60,
      recovery: 250 * 60,
      evaluation: (24 * 60 - 400) * 60,
      closed: 0,
    });
  });

  it('an alert is the first signal when it came first; a report after declaration does not count', () => {
    const m = computeMetrics(
      base({
        signals: [
          { at: at(20), source: 'grafana' },
          { at: at(90), source: 'employee' },
        ],
      }),
    );
    expect([m.first_signal_at, m.first_signal_source, m.time_to_detect_seconds]).toEqual([
      at(20),
      'alert',
      600,
    ]);
  });

  it('without reports the awareness time is the first signal', () => {
    const m = computeMetrics(base({ awarenessAt: at(0) }));
    expect(m.first_signal_source).toBe('awareness');
    expect(m.time_to_detect_seconds).toBe(30 * 60);
    // Nothing has been contained or ended yet.
    expect(m.time_to_contain_seconds).toBeNull();
    expect(m.time_to_recover_seconds).toBeNull();
    expect(m.total_duration_seconds).toBeNull();
  });

  it('an incident that went back from recovery to containment keeps its first containment, recovery includes the relapse', () => {
    const m = computeMetrics(
      base({
        events: [
          phase(60, 'detection', 'containment'),
          phase(120, 'containment', 'recovery'),
          { ...phase(200, 'recovery', 'containment'), payload: { from: 'recovery', to: 'containment' } },
          phase(260, 'containment', 'recovery'),
          phase(500, 'recovery', 'evaluation'),
          phase(600, 'evaluation', 'closed'),
        ],
        closedAt: at(600),
      }),
    );
    expect(m.recovery_started_at).toBe(at(120));
    expect(m.time_to_contain_seconds).toBe(90 * 60);
    expect(m.time_to_recover_seconds).toBe(380 * 60);
    expect(m.total_duration_seconds).toBe(470 * 60);
    expect(m.back_transitions).toBe(1);
    expect(m.seconds_in_phase.containment).toBe((60 + 60) * 60);
    expect(m.seconds_in_phase.recovery).toBe((80 + 240) * 60);
    expect(m.seconds_in_phase.evaluation).toBe(100 * 60);
    expect(m.seconds_in_phase.closed).toBe(0);
    expect(m.closed_at).toBe(at(600));
  });

  it('sent back from evaluation: the response has not ended until it returns', () => {
    const events = [
      phase(60, 'detection', 'containment'),
      phase(120, 'containment', 'recovery'),
      phase(300, 'recovery', 'evaluation'),
      phase(320, 'evaluation', 'recovery'),
    ];
    expect(computeMetrics(base({ events })).evaluation_started_at).toBeNull();
    const back = computeMetrics(base({ events: [...events, phase(700, 'recovery', 'evaluation')] }));
    expect(back.evaluation_started_at).toBe(at(700));
    expect(back.time_to_recover_seconds).toBe(580 * 60);
    expect(back.back_transitions).toBe(1);
  });

  it('a skipped recovery counts the move past it as contained', () => {
    const m = computeMetrics(base({ events: [phase(45, 'detection', 'evaluation')] }));
    expect(m.time_to_contain_seconds).toBe(15 * 60);
    expect(m.time_to_recover_seconds).toBe(0);
  });

  it('first internal and external update, and cadence per audience up to the end of the response', () => {
    const m = computeMetrics(
      base({
        events: [
          published(40, 'staff'), // 10 min after declaration: on cadence (60)
          published(90, 'staff'), // 50: on
          published(200, 'staff'), // 110: late
          published(150, 'customers'), // 120 after declaration: on cadence (120, inclusive)
          phase(210, 'detection', 'evaluation'),
          published(600, 'staff'), // after the response ended: not counted for cadence
        ],
      }),
    );
    expect(m.time_to_first_internal_update_seconds).toBe(10 * 60);
    expect(m.time_to_first_external_update_seconds).toBe(120 * 60);
    expect(m.cadence).toEqual([
      {
        audience_id: 'staff',
        name: 'Staff',
        internal: true,
        cadence_minutes: 60,
        updates: 3,
        on_cadence: 2,
        share: 2 / 3,
      },
      {
        audience_id: 'customers',
        name: 'Customers',
        internal: false,
        cadence_minutes: 120,
        updates: 1,
        on_cadence: 1,
        share: 1,
      },
    ]);
  });

  it('no updates: null times and shares; an audience the plan does not know is neither internal nor external', () => {
    const m = computeMetrics(base({ events: [published(50, 'press')] }));
    expect(m.time_to_first_internal_update_seconds).toBeNull();
    expect(m.time_to_first_external_update_seconds).toBeNull();
    expect(m.cadence.map((c) => c.share)).toEqual([null, null]);
  });

  it('deadlines: met and missed by how many minutes, pending, not required, no deadline', () => {
    const m = computeMetrics(
      base({
        now: at(300),
        obligations: [
          { id: 'a', kind: 'gdpr_authority', status: 'submitted', dueAt: at(200), submittedAt: at(110) },
          { id: 'b', kind: 'nis2_early_warning', status: 'submitted', dueAt: at(200), submittedAt: at(245) },
          { id: 'c', kind: 'dora_initial', status: 'open', dueAt: at(280), submittedAt: null },
          { id: 'd', kind: 'nis2_notification', status: 'open', dueAt: at(900), submittedAt: null },
          { id: 'e', kind: 'gdpr_data_subjects', status: 'not_required', dueAt: at(100), submittedAt: null },
          { id: 'f', kind: 'gdpr_register', status: 'open', dueAt: null, submittedAt: null },
        ],
      }),
    );
    expect(m.deadlines.map((d) => [d.obligation_id, d.outcome, d.minutes])).toEqual([
      ['a', 'met', 90],
      ['b', 'missed', 45],
      ['c', 'missed', 20],
      ['d', 'pending', null],
      ['e', 'not_required', null],
      ['f', 'no_deadline', null],
    ]);
  });
});
