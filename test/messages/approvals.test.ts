// The approval rules of a message, on both databases: the chain from the audience, the author's submission, no
// self-approval, one person one role, edits void approvals, rejection, published is final, corrections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { commsWorld, declare, draft, messagesPath, stepOf, type CommsWorld } from './support.js';

forEachDatabase('message approvals', (dialect) => {
  let w: CommsWorld;
  let incident: { id: string; reference: string };
  beforeAll(async () => {
    w = await commsWorld(dialect);
    incident = await declare(w.admin, { title: 'Customer portal down' });
  });
  afterAll(() => w?.server.close());

  const get = async (id: string) => (await w.admin.get(`${messagesPath(incident.id)}/${id}`)).body;
  const signers = (m: any) => m.approvals.map((a: any) => [a.role_id, a.by_name ? a.via : null]);

  it('an internal update by the communications lead is approved by its submission', async () => {
    const m = await draft(w.comms, incident.id, 'employees');
    expect(m).toMatchObject({
      status: 'draft',
      revision: 1,
      audience_id: 'employees',
      can: { submit: true },
    });
    const res = await stepOf(w.comms, incident.id, m, 'submit');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect(signers(res.body)).toEqual([['communications_lead', 'submission']]);
  });

  it('an external message needs a second person: the author cannot approve it, legal can', async () => {
    const m = await draft(w.comms, incident.id, 'customers', ['en', 'nl']);
    const submitted = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    expect(submitted.status).toBe('in_review');
    expect(signers(submitted)).toEqual([
      ['communications_lead', 'submission'],
      ['legal', null],
    ]);
    const self = await stepOf(w.comms, incident.id, submitted, 'approve');
    expect(self.status).toBe(403);
    expect(self.body.detail).toMatch(/You wrote this message, so you cannot approve it/);
    const stranger = await stepOf(w.wim, incident.id, submitted, 'approve');
    expect(stranger.status).toBe(403);
    expect(stranger.body.detail).toMatch(/none of the roles/);
    const viewer = await stepOf(w.viewer, incident.id, submitted, 'approve');
    expect(viewer.status).toBe(403);
    const legal = await stepOf(w.legal, incident.id, submitted, 'approve');
    expect(legal.status).toBe(200);
    expect(legal.body.status).toBe('approved');
    expect(signers(legal.body)).toEqual([
      ['communications_lead', 'submission'],
      ['legal', 'approval'],
    ]);
    const again = await stepOf(w.legal, incident.id, legal.body, 'approve');
    expect(again.status).toBe(409);
  });

  it('one person fills one role: a holder of two roles signs one, someone else the other', async () => {
    const m = await draft(w.wim, incident.id, 'customers');
    const submitted = (await stepOf(w.wim, incident.id, m, 'submit')).body;
    expect(submitted.status).toBe('in_review');
    expect(signers(submitted)).toEqual([
      ['communications_lead', null],
      ['legal', null],
    ]);
    const first = await stepOf(w.both, incident.id, submitted, 'approve');
    expect(first.status).toBe(200);
    expect(first.body.approvals[0]).toMatchObject({ role_id: 'communications_lead', via: 'approval' });
    expect(first.body.can.approve_as).toEqual([]);
    const second = await stepOf(w.both, incident.id, first.body, 'approve', { role_id: 'legal' });
    expect(second.status).toBe(409);
    expect(second.body.detail).toMatch(/already approved this message/);
    // Legal cannot sign a role it does not hold, and the comms role is taken.
    const wrongRole = await stepOf(w.legal, incident.id, first.body, 'approve', {
      role_id: 'communications_lead',
    });
    expect(wrongRole.status).toBe(409);
    const unknownRole = await stepOf(w.legal, incident.id, first.body, 'approve', { role_id: 'hr' });
    expect(unknownRole.status).toBe(400);
    const done = await stepOf(w.legal, incident.id, first.body, 'approve');
    expect(done.body.status).toBe('approved');
  });

  it('the author who holds two roles fills only one by submitting', async () => {
    const m = await draft(w.both, incident.id, 'customers');
    const submitted = (await stepOf(w.both, incident.id, m, 'submit')).body;
    expect(submitted.status).toBe('in_review');
    expect(signers(submitted)).toEqual([
      ['communications_lead', 'submission'],
      ['legal', null],
    ]);
    expect((await stepOf(w.both, incident.id, submitted, 'approve')).status).toBe(403);
    expect((await stepOf(w.legal, incident.id, submitted, 'approve')).body.status).toBe('approved');
  });

  it('editing voids the approvals and makes it a draft again; a stale revision is refused', async () => {
    const m = await draft(w.comms, incident.id, 'customers');
    const submitted = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    const approved = (await stepOf(w.legal, incident.id, submitted, 'approve')).body;
    expect(approved.status).toBe('approved');
    const edited = await w.legal.patch(`${messagesPath(incident.id)}/${m.id}`, {
      revision: approved.revision,
      contents: [{ language: 'en', subject: 'Disruption of our services', body: 'A better text.' }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'draft', revision: approved.revision + 1 });
    // The author's editor still holds the old revision: their save would overwrite legal's, so it is refused.
    const stale = await w.comms.patch(`${messagesPath(incident.id)}/${m.id}`, {
      revision: approved.revision,
      contents: [{ language: 'en', subject: 'New subject', body: 'New text.' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/Someone else changed this message/);
    expect(edited.body.approvals.every((a: any) => a.by_id === null)).toBe(true);
    expect((await stepOf(w.comms, incident.id, edited.body, 'publish')).status).toBe(409);
    // Only the author submits; the edit by legal did not make legal the author.
    expect((await stepOf(w.legal, incident.id, edited.body, 'submit')).status).toBe(403);
    const resubmitted = await stepOf(w.comms, incident.id, edited.body, 'submit');
    expect(resubmitted.body.status).toBe('in_review');
  });

  it('rejection sends it back to draft with the comment; the author cannot reject their own', async () => {
    const m = await draft(w.comms, incident.id, 'customers');
    const submitted = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    expect((await stepOf(w.comms, incident.id, submitted, 'reject', { comment: 'no' })).status).toBe(403);
    const empty = await stepOf(w.legal, incident.id, submitted, 'reject', { comment: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('comment');
    const rejected = await stepOf(w.legal, incident.id, submitted, 'reject', {
      comment: 'Do not name the criminal group.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'draft',
      rejection: { comment: 'Do not name the criminal group.', by_name: expect.any(String) },
    });
    expect(rejected.body.approvals.every((a: any) => a.by_id === null)).toBe(true);
  });

  it('a published message never changes; a correction points to it', async () => {
    const m = await draft(w.comms, incident.id, 'employees');
    const approved = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    const published = await stepOf(w.comms, incident.id, approved, 'publish');
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', published_by_name: expect.any(String) });
    const edit = await w.comms.patch(`${messagesPath(incident.id)}/${m.id}`, {
      revision: published.body.revision,
      contents: [{ language: 'en', subject: 'x', body: 'y' }],
    });
    expect(edit.status).toBe(409);
    expect(edit.body.detail).toMatch(/never changes/);
    expect((await stepOf(w.legal, incident.id, published.body, 'reject', { comment: 'x' })).status).toBe(409);
    const correction = await w.comms.post(`${messagesPath(incident.id)}/${m.id}/correct`, {});
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({ status: 'draft', corrects_id: m.id, audience_id: 'employees' });
    expect((await get(m.id)).corrected_by_id).toBe(correction.body.id);
    expect((await w.comms.post(`${messagesPath(incident.id)}/${m.id}/correct`, {})).status).toBe(409);
  });

  it('every step is on the timeline with who did it', async () => {
    const m = await draft(w.comms, incident.id, 'customers');
    const submitted = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    await stepOf(w.legal, incident.id, submitted, 'approve');
    const events = (
      await w.admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)
    ).body.items.filter((e: any) => e.subject === m.id);
    expect(events.map((e: any) => [e.type, e.actor_id])).toEqual(
      expect.arrayContaining([
        ['message.drafted', w.ids.comms],
        ['message.submitted', w.ids.comms],
        ['message.approved', w.ids.legal],
      ]),
    );
  });

  describe('bad input changes nothing', () => {
    it('names the field at fault', async () => {
      const before = (await w.admin.get(messagesPath(incident.id))).body.items.length;
      const cases: Array<[unknown, string]> = [
        [{ audience_id: 'martians', contents: [{ language: 'en', subject: 's', body: 'b' }] }, 'audience_id'],
        [
          {
            audience_id: 'employees',
            channels: ['press'],
            contents: [{ language: 'en', subject: 's', body: 'b' }],
          },
          'channels.0',
        ],
        [
          { audience_id: 'employees', contents: [{ language: 'nl', subject: 's', body: 'b' }] },
          'contents.0.language',
        ],
        [
          { audience_id: 'employees', contents: [{ language: 'en', subject: '', body: 'b' }] },
          'contents.0.subject',
        ],
        [{ audience_id: 'employees', contents: [] }, 'contents'],
        [{ audience_id: 'employees', kind: 'poem' }, 'kind'],
        [{ audience_id: 'employees', surprise: 1 }, 'surprise'],
      ];
      for (const [body, field] of cases) {
        const res = await w.comms.post(messagesPath(incident.id), body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(
          res.body.errors.map((e: any) => e.field),
          JSON.stringify(res.body),
        ).toContain(field);
      }
      expect((await w.admin.get(messagesPath(incident.id))).body.items.length).toBe(before);
    });
  });
});
