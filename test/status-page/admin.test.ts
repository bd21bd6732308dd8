// The status page's administration over HTTP on both databases: settings, groups and components, a component's
// status set directly, scheduled maintenance over time (fake clock); bad input names its field and changes
// nothing; who may do what (viewer reads, responder changes statuses and maintenance, admin the rest).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { commsWorld, type CommsWorld } from '../messages/support.js';
import type { Answer } from '../support/client.js';

const API = '/api/v1/status-page';
const fields = (res: Answer) => (res.body.errors ?? []).map((e: { field: string }) => e.field).sort();

forEachDatabase('status page administration', (dialect) => {
  let w: CommsWorld;
  const clock = fakeClock('2026-12-01T09:00:00.000Z');
  beforeAll(async () => {
    w = await commsWorld(dialect, { clock });
  });
  afterAll(() => w?.server.close());

  const orgEvents = async (type: string) =>
    (await w.admin.get('/api/v1/activity?limit=200')).body.items.filter(
      (e: { type: string }) => e.type === type,
    );

  describe('settings', () => {
    it('start from readable defaults that everyone logged in can read', async () => {
      const res = await w.viewer.get(`${API}/settings`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        title: '',
        logo_url: null,
        accent_color: '#1d4f91',
        time_zone: 'Europe/Amsterdam',
        footer_links: [],
        page_url: `${w.server.running.services.config.publicUrl}/status`,
        updated_at: null,
      });
      expect(res.body.organisation_name).not.toBe('');
    });

    it('refuse a light colour, an unknown time zone, an http logo and a bad link, each by field, changing nothing', async () => {
      const before = (await w.admin.get(`${API}/settings`)).body;
      const res = await w.admin.request('PUT', `${API}/settings`, {
        accent_color: '#ffcc00',
        time_zone: 'Europe/Atlantis',
        title: 'Storingen',
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['accent_color', 'time_zone']);
      expect(res.body.errors.find((e: any) => e.field === 'accent_color').message).toMatch(/4\.5:1/);
      const urls = await w.admin.request('PUT', `${API}/settings`, {
        logo_url: 'http://example.org/logo.png',
        footer_links: [{ label: { nl: '', en: '' }, url: 'javascript:alert(1)' }],
        accent_color: 'blue',
      });
      expect(urls.status).toBe(400);
      expect(fields(urls)).toEqual([
        'accent_color',
        'footer_links.0.label',
        'footer_links.0.url',
        'logo_url',
      ]);
      w.admin.language = 'nl';
      const nl = await w.admin.request('PUT', `${API}/settings`, { time_zone: 'Nergens' });
      w.admin.language = 'en';
      expect(nl.body.errors[0].message).toMatch(/tijdzone/);
      expect((await w.admin.get(`${API}/settings`)).body).toEqual(before);
    });

    it('are changed by an admin only, with the change on the organisation timeline', async () => {
      const body = {
        title: 'Storingen Waterschap',
        accent_color: '#0B5CAD',
        time_zone: 'UTC',
        logo_url: 'https://example.org/logo.svg',
        footer_links: [{ label: { nl: 'Privacy', en: 'Privacy' }, url: 'https://example.org/privacy' }],
      };
      expect((await w.comms.request('PUT', `${API}/settings`, body)).status).toBe(403);
      const res = await w.admin.request('PUT', `${API}/settings`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ ...body, accent_color: '#0b5cad', updated_at: clock.iso() });
      const [event] = await orgEvents('status_page.settings_changed');
      expect(event.payload.changed).toMatchObject({
        title: { before: '', after: 'Storingen Waterschap' },
        time_zone: { before: 'Europe/Amsterdam', after: 'UTC' },
      });
      // Back to the default zone for the tests that follow.
      await w.admin.request('PUT', `${API}/settings`, { time_zone: 'Europe/Amsterdam' });
    });
  });

  describe('groups and components', () => {
    it('are created, changed and deleted by admins; the group goes, its components stay ungrouped', async () => {
      const group = await w.admin.post(`${API}/groups`, { name: { nl: 'Portaal', en: 'Portal' } });
      expect(group.status, JSON.stringify(group.body)).toBe(201);
      const second = await w.admin.post(`${API}/groups`, { name: { nl: 'Betalen', en: '' } });
      expect(second.body.position).toBe(group.body.position + 1);
      const login = await w.admin.post(`${API}/components`, {
        name: { nl: 'Inloggen', en: 'Login' },
        description: { nl: 'Inloggen op het portaal', en: '' },
        group_id: group.body.id,
      });
      expect(login.status, JSON.stringify(login.body)).toBe(201);
      expect(login.body).toMatchObject({ group_id: group.body.id, status: 'operational', position: 0 });
      const files = await w.admin.post(`${API}/components`, {
        name: { nl: 'Dossiers', en: 'Files' },
        group_id: group.body.id,
        status: 'degraded_performance',
      });
      expect(files.body).toMatchObject({ position: 1, status: 'degraded_performance' });

      const renamed = await w.admin.patch(`${API}/components/${files.body.id}`, {
        name: { nl: 'Dossiers inzien', en: 'Case files' },
        group_id: second.body.id,
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        group_id: second.body.id,
        position: 0,
        name: { en: 'Case files' },
      });
      const g = await w.admin.patch(`${API}/groups/${group.body.id}`, { position: 5 });
      expect(g.body).toMatchObject({ position: 5, name: { nl: 'Portaal' } });

      expect((await w.admin.delete(`${API}/groups/${second.body.id}`)).status).toBe(204);
      const overview = (await w.viewer.get(`${API}/components`)).body;
      expect(overview.groups.map((x: any) => x.id)).toEqual([group.body.id]);
      expect(overview.components.find((c: any) => c.id === files.body.id).group_id).toBeNull();

      expect((await w.admin.delete(`${API}/components/${files.body.id}`)).status).toBe(204);
      const after = (await w.viewer.get(`${API}/components`)).body;
      expect(after.components.map((c: any) => c.id)).not.toContain(files.body.id);
      expect((await w.admin.delete(`${API}/components/${files.body.id}`)).status).toBe(404);
      const types = (await w.admin.get('/api/v1/activity?limit=200')).body.items.map((e: any) => e.type);
      for (const t of [
        'status_group.created',
        'status_group.updated',
        'status_group.deleted',
        'status_component.created',
        'status_component.updated',
        'status_component.removed',
      ])
        expect(types).toContain(t);
    });

    it('refuse bad input by field and change nothing; responders and viewers may not change them', async () => {
      const before = (await w.admin.get(`${API}/components`)).body;
      const empty = await w.admin.post(`${API}/components`, { name: { nl: '', en: ' ' }, status: 'broken' });
      expect(empty.status).toBe(400);
      expect(fields(empty)).toEqual(['name', 'status']);
      const unknownGroup = await w.admin.post(`${API}/components`, {
        name: { nl: 'X', en: 'X' },
        group_id: 'no-such-group',
      });
      expect(unknownGroup.status).toBe(400);
      expect(fields(unknownGroup)).toEqual(['group_id']);
      expect((await w.admin.patch(`${API}/groups/nope`, { position: 1 })).status).toBe(404);
      expect((await w.comms.post(`${API}/groups`, { name: { nl: 'X', en: 'X' } })).status).toBe(403);
      expect((await w.comms.post(`${API}/components`, { name: { nl: 'X', en: 'X' } })).status).toBe(403);
      expect((await w.viewer.post(`${API}/components`, { name: { nl: 'X', en: 'X' } })).status).toBe(403);
      expect((await w.admin.get(`${API}/components`)).body).toEqual(before);
    });

    it('a responder sets a status directly; the reason is on the timeline; viewers may not', async () => {
      const c = (await w.admin.post(`${API}/components`, { name: { nl: 'Chat', en: 'Chat' } })).body;
      expect(
        (await w.viewer.post(`${API}/components/${c.id}/status`, { status: 'major_outage' })).status,
      ).toBe(403);
      const bad = await w.comms.post(`${API}/components/${c.id}/status`, { status: 'down' });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['status']);
      clock.advance(60_000);
      const res = await w.comms.post(`${API}/components/${c.id}/status`, {
        status: 'major_outage',
        reason: 'Chat provider down',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'major_outage', status_changed_at: clock.iso() });
      const event = (await orgEvents('status_component.changed')).find((e: any) => e.subject === c.id);
      expect(event).toMatchObject({
        payload: {
          before: 'operational',
          after: 'major_outage',
          reason: 'Chat provider down',
          source: 'direct',
        },
      });
      expect((await w.comms.post(`${API}/components/unknown/status`, { status: 'operational' })).status).toBe(
        404,
      );
    });
  });

  describe('maintenance', () => {
    it('refuses an end before the start and unknown components, by field, creating nothing', async () => {
      const res = await w.comms.post(`${API}/maintenances`, {
        title: { nl: 'Onderhoud', en: 'Maintenance' },
        scheduled_for: '2026-12-02T10:00:00+01:00',
        scheduled_until: '2026-12-02T09:00:00Z',
        component_ids: ['nope'],
      });
      expect(res.status).toBe(400);
      expect(fields(res)).toEqual(['component_ids.0', 'scheduled_until']);
      const bad = await w.comms.post(`${API}/maintenances`, {
        title: { nl: '', en: '' },
        scheduled_for: 'tomorrow',
        scheduled_until: '2026-12-02T09:00:00Z',
      });
      expect(fields(bad)).toEqual(['scheduled_for', 'title']);
      expect((await w.viewer.post(`${API}/maintenances`, {})).status).toBe(403);
      expect((await w.viewer.get(`${API}/maintenances`)).body.items).toEqual([]);
    });

    it('is scheduled, runs and completes with time; then it can no longer change', async () => {
      const c = (await w.admin.post(`${API}/components`, { name: { nl: 'Betalen', en: 'Payments' } })).body;
      const start = new Date(Date.parse(clock.iso()) + 60 * 60_000);
      const end = new Date(start.getTime() + 2 * 60 * 60_000);
      const created = await w.comms.post(`${API}/maintenances`, {
        title: { nl: 'Onderhoud betalen', en: 'Payments maintenance' },
        body: { nl: 'Betalen kan even niet.', en: '' },
        scheduled_for: start.toISOString().replace('Z', '+00:00'),
        scheduled_until: end.toISOString(),
        component_ids: [c.id],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({
        status: 'scheduled',
        scheduled_for: start.toISOString(),
        component_ids: [c.id],
        cancelled_at: null,
      });
      const id = created.body.id;
      const status = async () =>
        (await w.viewer.get(`${API}/maintenances`)).body.items.find((m: any) => m.id === id).status;
      clock.advance(61 * 60_000);
      expect(await status()).toBe('in_progress');
      const moved = await w.comms.patch(`${API}/maintenances/${id}`, {
        scheduled_until: new Date(end.getTime() + 30 * 60_000).toISOString(),
      });
      expect(moved.status).toBe(200);
      const wrong = await w.comms.patch(`${API}/maintenances/${id}`, {
        scheduled_until: start.toISOString(),
      });
      expect(wrong.status).toBe(400);
      expect(fields(wrong)).toEqual(['scheduled_until']);
      clock.advance(3 * 60 * 60_000);
      expect(await status()).toBe('completed');
      expect((await w.comms.patch(`${API}/maintenances/${id}`, { title: { nl: 'x', en: 'x' } })).status).toBe(
        409,
      );
      expect((await w.comms.post(`${API}/maintenances/${id}/cancel`, {})).status).toBe(409);
      const types = (await orgEvents('status_maintenance.scheduled')).map((e: any) => e.subject);
      expect(types).toContain(id);
    });

    it('is cancelled once, with the reason on the timeline', async () => {
      const from = new Date(Date.parse(clock.iso()) + 24 * 60 * 60_000);
      const created = await w.comms.post(`${API}/maintenances`, {
        title: { nl: 'Netwerk', en: 'Network' },
        scheduled_for: from.toISOString(),
        scheduled_until: new Date(from.getTime() + 60 * 60_000).toISOString(),
      });
      const id = created.body.id;
      const cancelled = await w.comms.post(`${API}/maintenances/${id}/cancel`, {
        reason: 'Supplier postponed',
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelled_at: clock.iso() });
      expect((await w.comms.post(`${API}/maintenances/${id}/cancel`, {})).status).toBe(409);
      const [event] = (await orgEvents('status_maintenance.cancelled')).filter((e: any) => e.subject === id);
      expect(event.payload).toMatchObject({ reason: 'Supplier postponed', status_before: 'scheduled' });
    });
  });
});
