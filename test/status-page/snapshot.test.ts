// What the public page is loaded from, on both databases: a message published to the status page sets its
// components and shows as an incident (updates newest first, resolved_at); the status-page part is required to
// submit and refused for need-to-know incidents; exercise and need-to-know incidents never appear; maintenance
// over time and the day bars with a fake clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { commsWorld, declare, messagesPath, stepOf, type CommsWorld } from '../messages/support.js';
import type { Client } from '../support/client.js';
import { loadStatusSnapshot } from '../../src/app/status-page/load-snapshot.js';
import { pageState } from '../../src/core/status-page/indicator.js';
import { HISTORY_DAYS } from '../../src/core/status-page/values.js';

const API = '/api/v1/status-page';
const HOUR = 60 * 60_000;

forEachDatabase('status page snapshot', (dialect) => {
  let w: CommsWorld;
  const clock = fakeClock('2026-12-01T09:00:00.000Z');
  let portal: { id: string };
  let mail: { id: string };
  let chat: { id: string };
  beforeAll(async () => {
    w = await commsWorld(dialect, { clock });
    const group = (await w.admin.post(`${API}/groups`, { name: { nl: 'Diensten', en: 'Services' } })).body;
    const component = async (nl: string, en: string, extra = {}) =>
      (await w.admin.post(`${API}/components`, { name: { nl, en }, ...extra })).body;
    portal = await component('Klantportaal', 'Customer portal', { group_id: group.id });
    mail = await component('E-mail', '', { group_id: group.id });
    chat = await component('Chat', 'Chat');
  });
  afterAll(() => w?.server.close());

  const snapshot = () => loadStatusSnapshot({ ...w.server.running.services, actor: null });
  const text = (language: 'en' | 'nl', subject: string, body: string) => ({ language, subject, body });

  /** Draft (with the given status-page part) → submit → legal approves → publish. */
  async function publish(
    incidentId: string,
    part: unknown,
    subject = 'Portal down',
    author: Client = w.comms,
  ) {
    const drafted = await author.post(messagesPath(incidentId), {
      audience_id: 'customers',
      contents: [
        text('en', subject, `**${subject}**: we are on it.`),
        text('nl', `NL ${subject}`, 'Wij werken eraan.'),
      ],
      status_page: part,
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    expect(drafted.body.channels).toContain('status_page');
    const submitted = await stepOf(author, incidentId, drafted.body, 'submit');
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const approved = await stepOf(w.legal, incidentId, submitted.body, 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    // Updates are published a minute apart, as people do; their order is their publication time.
    clock.advance(60_000);
    const published = await stepOf(author, incidentId, approved.body, 'publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return published.body;
  }

  describe('the message flow', () => {
    it('a published update sets its components and shows as an incident, newest update first, until resolved', async () => {
      const incident = await declare(w.admin, { title: 'Internal title: ransomware on FS01' });
      clock.advance(5 * 60_000);
      const first = await publish(incident.id, {
        incident_status: 'investigating',
        impact: 'major',
        components: [
          { id: portal.id, status: 'major_outage' },
          { id: mail.id, status: 'degraded_performance' },
        ],
      });
      expect(first.status_page).toMatchObject({ incident_status: 'investigating', impact: 'major' });
      const firstAt = clock.iso();
      let s = await snapshot();
      expect(s.components.map((c) => [c.id, c.status])).toEqual([
        [portal.id, 'major_outage'],
        [mail.id, 'degraded_performance'],
        [chat.id, 'operational'],
      ]);
      expect(s.components[1]!.name).toEqual({ nl: 'E-mail', en: 'E-mail' });
      expect(s.incidents).toHaveLength(1);
      expect(s.incidents[0]).toMatchObject({
        id: incident.id,
        status: 'investigating',
        impact: 'major',
        created_at: firstAt,
        resolved_at: null,
        component_ids: [portal.id, mail.id],
        name: { en: 'Portal down', nl: 'NL Portal down' },
      });
      expect(JSON.stringify(s)).not.toContain('ransomware');
      expect(s.incidents[0]!.updates[0]!.affected_components).toEqual([
        { id: portal.id, old_status: 'operational', new_status: 'major_outage' },
        { id: mail.id, old_status: 'operational', new_status: 'degraded_performance' },
      ]);
      expect(pageState(s).indicator).toBe('critical');

      // The component changes are on the incident's timeline.
      const timeline = (await w.admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
      const changed = timeline.filter((e: any) => e.type === 'status_component.changed');
      expect(changed.map((e: any) => [e.subject, e.payload.before, e.payload.after]).sort()).toEqual(
        [
          [portal.id, 'operational', 'major_outage'],
          [mail.id, 'operational', 'degraded_performance'],
        ].sort(),
      );

      clock.advance(HOUR);
      await publish(
        incident.id,
        {
          incident_status: 'resolved',
          impact: 'minor',
          components: [{ id: portal.id, status: 'operational' }],
        },
        'Portal back',
      );
      s = await snapshot();
      const shown = s.incidents[0]!;
      expect(shown.updates.map((u) => u.status)).toEqual(['resolved', 'investigating']);
      expect(shown).toMatchObject({
        status: 'resolved',
        impact: 'major',
        resolved_at: clock.iso(),
        updated_at: clock.iso(),
        name: { en: 'Portal back' },
      });
      expect(shown.updates[0]!.affected_components).toEqual([
        { id: portal.id, old_status: 'major_outage', new_status: 'operational' },
      ]);
      expect(s.components.find((c) => c.id === portal.id)!.status).toBe('operational');
      // Mail stays degraded: the resolving update did not touch it.
      expect(s.components.find((c) => c.id === mail.id)!.status).toBe('degraded_performance');
      expect(pageState(s).indicator).toBe('minor');
      await w.comms.post(`${API}/components/${mail.id}/status`, { status: 'operational' });
    });

    it('refuses to submit a status-page message without its part, and unknown components by field', async () => {
      const incident = await declare(w.admin, { title: 'Slow portal' });
      // Without a part, a draft does not go to the status page unless asked for.
      const plain = await w.comms.post(messagesPath(incident.id), {
        audience_id: 'customers',
        contents: [text('en', 'Slow', 'Slow.')],
      });
      expect(plain.body.channels).toEqual(['email']);
      expect(plain.body.status_page).toBeNull();
      const asked = await w.comms.post(messagesPath(incident.id), {
        audience_id: 'customers',
        channels: ['status_page', 'email'],
        contents: [text('en', 'Slow', 'Slow.')],
      });
      expect(asked.status).toBe(201);
      const refused = await stepOf(w.comms, incident.id, asked.body, 'submit');
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'status_page', message: expect.stringMatching(/status/) },
      ]);
      expect((await w.comms.get(`${messagesPath(incident.id)}/${asked.body.id}`)).body.status).toBe('draft');

      const unknown = await w.comms.post(messagesPath(incident.id), {
        audience_id: 'customers',
        contents: [text('en', 'Slow', 'Slow.')],
        status_page: {
          incident_status: 'identified',
          impact: 'minor',
          components: [
            { id: portal.id, status: 'degraded_performance' },
            { id: 'nope', status: 'major_outage' },
          ],
        },
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors.map((e: any) => e.field)).toEqual(['status_page.components.1.id']);

      // Editing in the part makes it submittable.
      const edited = await w.comms.patch(`${messagesPath(incident.id)}/${asked.body.id}`, {
        revision: asked.body.revision,
        status_page: { incident_status: 'identified', impact: 'minor', components: [] },
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(edited.body.status_page).toEqual({
        incident_status: 'identified',
        impact: 'minor',
        components: [],
      });
      expect((await stepOf(w.comms, incident.id, edited.body, 'submit')).status).toBe(200);
    });
  });

  describe('what never appears', () => {
    it('a need-to-know incident refuses the status page channel and part', async () => {
      const incident = await declare(w.admin, { title: 'Secret', restricted: true });
      const res = await w.admin.post(messagesPath(incident.id), {
        audience_id: 'customers',
        channels: ['status_page', 'email'],
        contents: [text('en', 'Secret', 'Secret.')],
        status_page: { incident_status: 'investigating', impact: 'minor', components: [] },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: any) => e.field).sort()).toEqual(['channels.0', 'status_page']);
      expect(res.body.errors[0].message).toMatch(/need-to-know/);
      // Email only is fine.
      const email = await w.admin.post(messagesPath(incident.id), {
        audience_id: 'customers',
        contents: [text('en', 'Secret', 'Secret.')],
      });
      expect(email.status).toBe(201);
      const edit = await w.admin.patch(`${messagesPath(incident.id)}/${email.body.id}`, {
        revision: email.body.revision,
        channels: ['status_page'],
      });
      expect(edit.status).toBe(400);
      expect((await snapshot()).incidents.map((i) => i.id)).not.toContain(incident.id);
    });

    it('an exercise keeps its part but never touches the page', async () => {
      const before = await snapshot();
      const incident = await declare(w.admin, { title: 'Table-top', exercise: true });
      const published = await publish(incident.id, {
        incident_status: 'investigating',
        impact: 'critical',
        components: [{ id: chat.id, status: 'major_outage' }],
      });
      expect(published.status_page.components).toEqual([{ id: chat.id, status: 'major_outage' }]);
      const after = await snapshot();
      expect(after.incidents.map((i) => i.id)).toEqual(before.incidents.map((i) => i.id));
      expect(after.components.find((c) => c.id === chat.id)!.status).toBe('operational');
    });
  });

  describe('the page', () => {
    it('takes its name, colours, zone and links from the settings, the organisation name by default', async () => {
      const org = (await w.admin.get(`${API}/settings`)).body.organisation_name;
      let s = await snapshot();
      expect(s.page).toMatchObject({
        id: 'org',
        name: org,
        url: w.server.running.services.config.publicUrl,
        time_zone: 'Europe/Amsterdam',
        logo_url: null,
        footer_links: [],
      });
      await w.admin.request('PUT', `${API}/settings`, {
        title: 'Storingen',
        logo_url: 'https://example.org/logo.png',
        footer_links: [{ label: { nl: 'Contact', en: '' }, url: 'https://example.org/contact' }],
      });
      s = await snapshot();
      expect(s.page).toMatchObject({
        name: 'Storingen',
        logo_url: 'https://example.org/logo.png',
        footer_links: [{ label: { nl: 'Contact', en: 'Contact' }, url: 'https://example.org/contact' }],
        updated_at: clock.iso(),
      });
    });

    it('a component taken off the page leaves it, and the incidents that touched it no longer name it', async () => {
      const gone = (await w.admin.post(`${API}/components`, { name: { nl: 'Oud', en: 'Old' } })).body;
      const incident = await declare(w.admin, { title: 'Old system' });
      await publish(incident.id, {
        incident_status: 'identified',
        impact: 'minor',
        components: [
          { id: gone.id, status: 'partial_outage' },
          { id: portal.id, status: 'operational' },
        ],
      });
      let shown = (await snapshot()).incidents.find((i) => i.id === incident.id)!;
      expect(shown.component_ids).toEqual([portal.id, gone.id]);
      expect((await w.admin.delete(`${API}/components/${gone.id}`)).status).toBe(204);
      const s = await snapshot();
      expect(s.components.map((c) => c.id)).not.toContain(gone.id);
      shown = s.incidents.find((i) => i.id === incident.id)!;
      expect(shown.component_ids).toEqual([portal.id]);
      expect(shown.updates[0]!.affected_components.map((a) => a.id)).toEqual([portal.id]);
      // A correction starts from the original's status-page part, without the removed component it is refused.
      const original = (await w.comms.get(messagesPath(incident.id))).body.items[0];
      const correction = await w.comms.post(`${messagesPath(incident.id)}/${original.id}/correct`);
      expect(correction.status, JSON.stringify(correction.body)).toBe(201);
      expect(correction.body.status_page).toEqual(original.status_page);
      const refused = await stepOf(w.comms, incident.id, correction.body, 'submit');
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: any) => e.field)).toEqual(['status_page.components.0.id']);
      await publish(incident.id, { incident_status: 'resolved', impact: 'minor', components: [] }, 'Fixed');
    });
  });

  it('loads in a fixed handful of queries, however much the page holds', async () => {
    const services = w.server.running.services;
    const queries = async () => {
      let n = 0;
      const db = services.store.db.withPlugin({
        transformQuery: (args) => {
          n++;
          return args.node;
        },
        transformResult: async (args) => args.result,
      });
      await loadStatusSnapshot({ ...services, store: { ...services.store, db }, actor: null });
      return n;
    };
    const before = await queries();
    expect(before).toBeLessThanOrEqual(10);
    const extra: string[] = [];
    for (let i = 0; i < 5; i++)
      extra.push(
        (await w.admin.post(`${API}/components`, { name: { nl: `Extra ${i}`, en: `Extra ${i}` } })).body.id,
      );
    const incident = await declare(w.admin, { title: 'More' });
    await publish(incident.id, {
      incident_status: 'identified',
      impact: 'minor',
      components: [{ id: extra[0]!, status: 'degraded_performance' }],
    });
    await publish(
      incident.id,
      {
        incident_status: 'resolved',
        impact: 'minor',
        components: [{ id: extra[0]!, status: 'operational' }],
      },
      'Watching',
    );
    expect(await queries()).toBe(before);
    expect((await snapshot()).incidents.find((i) => i.id === incident.id)!.updates).toHaveLength(2);
  });

  describe('maintenance and history', () => {
    it('maintenance moves from upcoming to in progress to completed, and next_change_at follows it', async () => {
      const start = new Date(Date.parse(clock.iso()) + 2 * HOUR);
      const end = new Date(start.getTime() + HOUR);
      const m = (
        await w.comms.post(`${API}/maintenances`, {
          title: { nl: 'Chatonderhoud', en: '' },
          scheduled_for: start.toISOString(),
          scheduled_until: end.toISOString(),
          component_ids: [chat.id],
        })
      ).body;
      let s = await snapshot();
      const shown = () => s.maintenances.find((x) => x.id === m.id)!;
      expect(shown()).toMatchObject({
        status: 'scheduled',
        name: { nl: 'Chatonderhoud', en: 'Chatonderhoud' },
      });
      expect(s.next_change_at).toBe(start.toISOString());
      clock.advance(2 * HOUR);
      s = await snapshot();
      expect(shown().status).toBe('in_progress');
      expect(s.next_change_at).toBe(end.toISOString());
      expect(s.components.find((c) => c.id === chat.id)!.status).toBe('under_maintenance');
      expect(pageState(s).indicator).toBe('maintenance');
      clock.advance(HOUR);
      s = await snapshot();
      expect(shown().status).toBe('completed');
      expect(s.next_change_at).toBeNull();
      expect(s.components.find((c) => c.id === chat.id)!.status).toBe('operational');
    });

    it('gives each component its worst status per day in the page time zone', async () => {
      // Today in Amsterdam; a component made now, down overnight, back the next morning.
      const created = clock.iso();
      const c = (await w.admin.post(`${API}/components`, { name: { nl: 'Api', en: 'API' } })).body;
      let s = await snapshot();
      const days = () => s.components.find((x) => x.id === c.id)!.days;
      expect(days()).toHaveLength(HISTORY_DAYS);
      expect(days().slice(-2)).toEqual([null, 'operational']);
      // Late in the evening (Amsterdam) it goes down, and comes back after midnight.
      const evening = new Date(created.slice(0, 10) + 'T21:30:00.000Z'); // 22:30 in Amsterdam
      clock.advance(evening.getTime() - Date.parse(clock.iso()));
      await w.comms.post(`${API}/components/${c.id}/status`, { status: 'partial_outage' });
      clock.advance(2 * HOUR); // 00:30 the next day in Amsterdam
      await w.comms.post(`${API}/components/${c.id}/status`, { status: 'operational' });
      clock.advance(2 * 24 * HOUR);
      s = await snapshot();
      expect(days().slice(-5)).toEqual([
        null,
        'partial_outage',
        'partial_outage',
        'operational',
        'operational',
      ]);
      expect(s.page.time_zone).toBe('Europe/Amsterdam');
      expect(Date.parse(s.generated_at)).toBe(Date.parse(clock.iso()));
    });
  });
});
