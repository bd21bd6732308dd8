// Messages from the plan's templates, filled from the incident and its fact sheet (both databases): what is not
// known yet stays visible and blocks submission; the page warns when the facts changed since the draft.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { commsWorld, declare, messagesPath, stepOf, type CommsWorld } from './support.js';

forEachDatabase('messages from templates', (dialect) => {
  let w: CommsWorld;
  beforeAll(async () => {
    w = await commsWorld(dialect);
  });
  afterAll(() => w?.server.close());

  const facts = {
    what_happened: 'Criminals encrypted files on two file servers.',
    affected: 'The shared drives are not available; email works.',
    actions: 'We disconnected the servers and restore from backups.',
    advice: 'Save your work locally and do not switch on your laptop at the office.',
    expected_recovery: 'We expect the shared drives back on Thursday.',
    next_update_at: '2026-12-01T16:00:00.000Z',
  };

  it('fills a holding statement; facts not known yet block submitting until they are written in', async () => {
    const incident = await declare(w.admin, { title: 'File servers encrypted' });
    const res = await w.comms.post(messagesPath(incident.id), { audience_id: 'employees', kind: 'holding' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const body: string = res.body.contents[0].body;
    expect(res.body).toMatchObject({
      kind: 'holding',
      fact_sheet_version: null,
      template_id: expect.any(String),
    });
    expect(body).not.toContain('{{');
    expect(body).toContain('[[facts.summary]]');
    const refused = await stepOf(w.comms, incident.id, res.body, 'submit');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'contents.0.body' });
    expect(refused.body.errors[0].message).toMatch(
      /\[\[facts\.summary\]\] in the text for "en" is not filled in yet/,
    );

    const filled = (await w.comms.get(`/api/v1/incidents/${incident.id}/templates?audience_id=employees`))
      .body;
    expect(filled.items.length).toBeGreaterThan(0);
    expect(filled.items[0].missing).toContain('facts.summary');
    expect((await w.comms.get(`/api/v1/incidents/${incident.id}/templates?audience_id=nobody`)).status).toBe(
      400,
    );
  });

  it('with a fact sheet every variable is filled; a later fact sheet version is flagged on the draft', async () => {
    const incident = await declare(w.admin, { title: 'File servers encrypted again' });
    expect((await w.comms.request('PUT', `/api/v1/incidents/${incident.id}/fact-sheet`, facts)).status).toBe(
      200,
    );
    const res = await w.comms.post(messagesPath(incident.id), { audience_id: 'employees', kind: 'update' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const text = `${res.body.contents[0].subject}\n${res.body.contents[0].body}`;
    expect(text).not.toMatch(/\[\[|\{\{/);
    expect(text).toContain(facts.what_happened);
    expect(text).toContain(facts.expected_recovery);
    expect(res.body).toMatchObject({ fact_sheet_version: 1, facts_changed: false });

    await w.comms.request('PUT', `/api/v1/incidents/${incident.id}/fact-sheet`, {
      ...facts,
      expected_recovery: 'Friday at the earliest.',
    });
    const stale = (await w.comms.get(`${messagesPath(incident.id)}/${res.body.id}`)).body;
    expect(stale.facts_changed).toBe(true);
    // Editing with the new facts in view records the version it is now written from.
    const edited = await w.comms.patch(`${messagesPath(incident.id)}/${res.body.id}`, {
      revision: stale.revision,
      contents: [
        { ...stale.contents[0], body: stale.contents[0].body.replace(facts.expected_recovery, 'Friday.') },
      ],
    });
    expect(edited.body).toMatchObject({ fact_sheet_version: 2, facts_changed: false });
    expect((await stepOf(w.comms, incident.id, edited.body, 'submit')).body.status).toBe('approved');
  });

  it('a kind the scenario has no template for is refused with the reason', async () => {
    const incident = await declare(w.admin, { title: 'No template' });
    const res = await w.comms.post(messagesPath(incident.id), {
      audience_id: 'regulators',
      kind: 'resolved',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'kind' });
  });
});
