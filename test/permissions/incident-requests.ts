// The matrix's requests about one incident (its work, communication, legal clocks, review and action items): the
// outsider's go to the restricted incident, everyone else's to the open one.
import {
  type Build,
  actionItem,
  approved,
  assessment,
  at,
  contribution,
  draftIn,
  failedDelivery,
  inReview,
  inc,
  msgPath,
  obligationPath,
  published,
  report,
} from './fixtures.js';
import { actorFor, freshIncident, incidentOf, must } from './world.js';

export const incidentRequests: Record<string, Build> = {
  'GET /api/v1/incidents/:id': async (w, as) => ({ path: inc(w, as) }),
  'POST /api/v1/incidents/:id/phase': async (w, as) => {
    const incident = await freshIncident(w, as);
    return { path: `/api/v1/incidents/${incident.id}/phase`, body: { phase: 'containment' } };
  },
  'GET /api/v1/incidents/:id/timeline': async (w, as) => ({ path: `${inc(w, as)}/timeline` }),
  'GET /api/v1/incidents/:id/events': async (w, as) => ({ path: `${inc(w, as)}/events`, stream: true }),
  'PATCH /api/v1/incidents/:id': async (w, as) => ({
    path: inc(w, as),
    body: { title: `File servers encrypted (${w.n()})` },
  }),
  'POST /api/v1/incidents/:id/awareness': async (w, as) => ({
    path: `${inc(w, as)}/awareness`,
    body: {
      awareness_at: new Date(Date.now() - w.n() * 60_000).toISOString(),
      reason: 'The first mail was earlier',
    },
  }),
  'PUT /api/v1/incidents/:id/roles/:role_id': async (w, as) => ({
    path: `${inc(w, as)}/roles/scribe`,
    body: { name: `Scribe ${w.n()}`, email: 'scribe@example.org' },
  }),
  'POST /api/v1/incidents/:id/members': async (w, as) => ({
    path: `${inc(w, as)}/members`,
    body: { account_id: w.spare[3 + (w.n() % 9)] },
  }),
  'DELETE /api/v1/incidents/:id/members/:account_id': async (w, as) => {
    const incident = incidentOf(w, as);
    const account = w.spare[11]!;
    await w.admin.post(`/api/v1/incidents/${incident.id}/members`, { account_id: account });
    return { path: `/api/v1/incidents/${incident.id}/members/${account}` };
  },
  'POST /api/v1/incidents/:id/tasks': async (w, as) => ({
    path: `${inc(w, as)}/tasks`,
    body: { phase: 'recovery', title: `Restore backups ${w.n()}` },
  }),
  'PATCH /api/v1/incidents/:id/tasks/:task_id': async (w, as) => {
    const title = `Check logs ${w.n()}`;
    const task = must(
      await actorFor(w, as).post(`${inc(w, as)}/tasks`, { phase: 'recovery', title }),
      'task',
    );
    const id = task.tasks.find((t: { title: string }) => t.title === title).id;
    return { path: `${inc(w, as)}/tasks/${id}`, body: { status: 'doing' } };
  },
  'POST /api/v1/incidents/:id/decisions': async (w, as) => ({
    path: `${inc(w, as)}/decisions`,
    body: { title: `Take the file servers offline ${w.n()}`, rationale: 'Stop the spread' },
  }),
  'PUT /api/v1/incidents/:id/fact-sheet': async (w, as) => ({
    path: `${inc(w, as)}/fact-sheet`,
    body: {
      what_happened: `Files were encrypted (${w.n()})`,
      affected: 'File servers',
      actions: 'Restoring backups',
      advice: 'Save work locally',
      expected_recovery: 'Tomorrow',
    },
  }),
  'GET /api/v1/incidents/:id/fact-sheet/versions': async (w, as) => ({
    path: `${inc(w, as)}/fact-sheet/versions`,
  }),
  'PUT /api/v1/incidents/:id/services/:service_id': async (w, as) => {
    const detail = must(await w.admin.get(inc(w, as)), 'incident');
    const now = detail.services.find((x: { service_id: string }) => x.service_id === 'file_servers')?.state;
    return {
      path: `${inc(w, as)}/services/file_servers`,
      body: { state: now === 'down' ? 'recovering' : 'down' },
    };
  },
  'PUT /api/v1/incidents/:id/eta': async (w, as) => ({
    path: `${inc(w, as)}/eta`,
    body: { eta_at: new Date(Date.now() + w.n() * 3_600_000).toISOString(), confidence: 'medium' },
  }),
  'POST /api/v1/incidents/:id/notes': async (w, as) => ({
    path: `${inc(w, as)}/notes`,
    body: { text: `Backups look intact (${w.n()})` },
  }),
  'POST /api/v1/incidents/:id/timeline/:event_id/pin': async (w, as) => {
    await actorFor(w, as).post(`${inc(w, as)}/notes`, { text: `To pin ${w.n()}` });
    const [event] = must(await w.admin.get(`${inc(w, as)}/timeline?limit=1`), 'timeline').items;
    return { path: `${inc(w, as)}/timeline/${event.id}/pin`, body: { pinned: true } };
  },

  'POST /api/v1/reports/:id/merge': async (w, as) => ({
    path: `/api/v1/reports/${await report(w)}/merge`,
    body: { incident_id: incidentOf(w, as).id },
  }),

  'GET /api/v1/incidents/:id/communication': async (w, as) => ({ path: `${inc(w, as)}/communication` }),
  'GET /api/v1/incidents/:id/templates': async (w, as) => ({
    path: `${inc(w, as)}/templates?audience_id=employees`,
  }),
  'GET /api/v1/incidents/:id/messages': async (w, as) => ({ path: `${inc(w, as)}/messages` }),
  'POST /api/v1/incidents/:id/messages': async (w, as) => ({
    path: `${inc(w, as)}/messages`,
    body: {
      audience_id: 'employees',
      contents: [{ language: 'en', subject: `Update ${w.n()}`, body: 'We are restoring the file servers.' }],
    },
  }),
  'GET /api/v1/incidents/:id/messages/:messageId': async (w, as) => ({
    path: msgPath(incidentOf(w, as), await draftIn(w.author, incidentOf(w, as))),
  }),
  'PATCH /api/v1/incidents/:id/messages/:messageId': async (w, as) => {
    const d = await draftIn(actorFor(w, as), incidentOf(w, as));
    return {
      path: msgPath(incidentOf(w, as), d),
      body: {
        revision: d.revision,
        contents: [{ language: 'en', subject: `Edited ${w.n()}`, body: 'The file servers are back.' }],
      },
    };
  },
  'POST /api/v1/incidents/:id/messages/:messageId/submit': async (w, as) => {
    const d = await draftIn(actorFor(w, as), incidentOf(w, as));
    return { path: `${msgPath(incidentOf(w, as), d)}/submit`, body: { revision: d.revision } };
  },
  'POST /api/v1/incidents/:id/messages/:messageId/approve': async (w, as) => {
    const m = await inReview(w, incidentOf(w, as));
    return { path: `${msgPath(incidentOf(w, as), m)}/approve`, body: { revision: m.revision } };
  },
  'POST /api/v1/incidents/:id/messages/:messageId/reject': async (w, as) => {
    const m = await inReview(w, incidentOf(w, as));
    return {
      path: `${msgPath(incidentOf(w, as), m)}/reject`,
      body: { revision: m.revision, comment: 'Say when the next update comes' },
    };
  },
  'POST /api/v1/incidents/:id/messages/:messageId/publish': async (w, as) => {
    const m = await approved(w, incidentOf(w, as));
    return { path: `${msgPath(incidentOf(w, as), m)}/publish`, body: { revision: m.revision } };
  },
  'POST /api/v1/incidents/:id/messages/:messageId/correct': async (w, as) => ({
    path: `${msgPath(incidentOf(w, as), await published(w, incidentOf(w, as)))}/correct`,
  }),
  'GET /api/v1/incidents/:id/messages/:messageId/deliveries': async (w, as) => ({
    path: `${msgPath(incidentOf(w, as), await published(w, incidentOf(w, as)))}/deliveries`,
  }),
  'POST /api/v1/incidents/:id/messages/:messageId/deliveries/:deliveryId/retry': async (w, as) => {
    const failed = await failedDelivery(w, incidentOf(w, as));
    return { path: `${msgPath(incidentOf(w, as), failed.message)}/deliveries/${failed.id}/retry` };
  },
  'GET /api/v1/incidents/:id/audiences/:audienceId/recipients': async (w, as) => ({
    path: `${inc(w, as)}/audiences/customers/recipients`,
  }),
  'POST /api/v1/incidents/:id/audiences/:audienceId/recipients': async (w, as) => ({
    path: `${inc(w, as)}/audiences/customers/recipients`,
    body: { csv: `email,name,language\ncustomer${w.n()}@example.com,A Customer,en\n` },
  }),
  'DELETE /api/v1/incidents/:id/audiences/:audienceId/recipients': async (w, as) => {
    await w.admin.post(`${inc(w, as)}/audiences/customers/recipients`, {
      csv: `email,name,language\nleaving${w.n()}@example.com,Leaving,en\n`,
    });
    return { path: `${inc(w, as)}/audiences/customers/recipients` };
  },

  'GET /api/v1/incidents/:id/legal': async (w, as) => ({ path: `${inc(w, as)}/legal` }),
  'PUT /api/v1/incidents/:id/assessment': async (w, as) => ({
    path: `${inc(w, as)}/assessment`,
    body: assessment(`Reasoning, take ${w.n()}`),
  }),
  'POST /api/v1/incidents/:id/obligations/:obligationId/not-required': async (w, as) => ({
    path: `${await obligationPath(w, as, true)}/not-required`,
    body: { reasoning: 'The data were encrypted after all' },
  }),
  'POST /api/v1/incidents/:id/obligations/:obligationId/follow-ups': async (w, as) => {
    const path = await obligationPath(w, as, true);
    must(await w.admin.post(`${path}/submit`, { reference: 'AP-1' }), 'submit');
    return { path: `${path}/follow-ups` };
  },
  'POST /api/v1/incidents/:id/obligations/:obligationId/submit': async (w, as) => ({
    path: `${await obligationPath(w, as, true)}/submit`,
    body: { reference: `AP-${w.n()}` },
  }),
  'GET /api/v1/incidents/:id/obligations/:obligationId/draft': async (w, as) => ({
    path: `${await obligationPath(w, as)}/draft`,
  }),
  'PUT /api/v1/incidents/:id/obligations/:obligationId/draft': async (w, as) => {
    const path = await obligationPath(w, as);
    const draft = must(await w.admin.get(`${path}/draft`), 'draft');
    return { path: `${path}/draft`, body: { fields: { [draft.fields[0].key]: `Edited (${w.n()})` } } };
  },
  'GET /api/v1/incidents/:id/obligations/:obligationId/export.md': async (w, as) => ({
    path: `${await obligationPath(w, as)}/export.md`,
  }),
  'GET /api/v1/incidents/:id/obligations/:obligationId/export.json': async (w, as) => ({
    path: `${await obligationPath(w, as)}/export.json`,
  }),
  'GET /api/v1/incidents/:id/obligations/:obligationId/export.pdf': async (w, as) => ({
    path: `${await obligationPath(w, as)}/export.pdf`,
  }),
  'GET /api/v1/incidents/:id/metrics': async (w, as) => ({ path: `${inc(w, as)}/metrics` }),
  'GET /api/v1/incidents/:id/review': async (w, as) => ({ path: `${inc(w, as)}/review` }),
  'POST /api/v1/incidents/:id/review/contributions': async (w, as) => ({
    path: `${inc(w, as)}/review/contributions`,
    body: { went_wrong: `Nobody had the phone list (${w.n()})` },
  }),
  'PATCH /api/v1/incidents/:id/review/contributions/:contributionId': async (w, as) => {
    const c = await contribution(actorFor(w, as), incidentOf(w, as), w.n());
    return { path: `${inc(w, as)}/review/contributions/${c.id}`, body: { went_well: `Edited ${w.n()}` } };
  },
  'DELETE /api/v1/incidents/:id/review/contributions/:contributionId': async (w, as) => {
    const c = await contribution(actorFor(w, as), incidentOf(w, as), w.n());
    return { path: `${inc(w, as)}/review/contributions/${c.id}` };
  },
  'PUT /api/v1/incidents/:id/review/texts': async (w, as) => ({
    path: `${inc(w, as)}/review/texts`,
    body: { lessons: `Print the phone list (${w.n()})` },
  }),
  'POST /api/v1/incidents/:id/review/done': async (w, as) => ({
    path: `/api/v1/incidents/${(await freshIncident(w, as, 'evaluation')).id}/review/done`,
    body: {},
  }),
  'POST /api/v1/incidents/:id/review/skip': async (w, as) => ({
    path: `/api/v1/incidents/${(await freshIncident(w, as, 'recovery')).id}/review/skip`,
    body: { reason: 'A false alarm' },
  }),
  'POST /api/v1/incidents/:id/review/reopen': async (w, as) => {
    const incident = await freshIncident(w, as, 'recovery');
    must(await w.admin.post(`/api/v1/incidents/${incident.id}/review/skip`, { reason: 'x' }), 'skip');
    return { path: `/api/v1/incidents/${incident.id}/review/reopen`, body: { reason: 'We do want one' } };
  },
  'POST /api/v1/incidents/:id/action-items': async (w, as) => ({
    path: `${inc(w, as)}/action-items`,
    body: { title: `Print the phone list ${w.n()}`, owner_name: 'Rik' },
  }),
  'GET /api/v1/action-items': at('/api/v1/action-items'),
  'GET /api/v1/action-items/:itemId': async (w, as) => ({
    path: `/api/v1/action-items/${(await actionItem(w, as)).id}`,
  }),
  'PATCH /api/v1/action-items/:itemId': async (w, as) => ({
    path: `/api/v1/action-items/${(await actionItem(w, as)).id}`,
    body: { status: 'doing' },
  }),
  'POST /api/v1/action-items/:itemId/close': async (w, as) => ({
    path: `/api/v1/action-items/${(await actionItem(w, as)).id}/close`,
    body: { status: 'dropped', note: 'Not worth it' },
  }),
  'POST /api/v1/action-items/:itemId/reopen': async (w, as) => {
    const item = await actionItem(w, as);
    must(
      await w.admin.post(`/api/v1/action-items/${item.id}/close`, { status: 'dropped', note: 'Not now' }),
      'close',
    );
    return { path: `/api/v1/action-items/${item.id}/reopen` };
  },
  'GET /api/v1/incidents/:id/report.md': async (w, as) => ({ path: `${inc(w, as)}/report.md` }),
  'GET /api/v1/incidents/:id/report.pdf': async (w, as) => ({ path: `${inc(w, as)}/report.pdf` }),
  'GET /api/v1/incidents/:id/report-executive.md': async (w, as) => ({
    path: `${inc(w, as)}/report-executive.md`,
  }),
  'GET /api/v1/incidents/:id/report-executive.pdf': async (w, as) => ({
    path: `${inc(w, as)}/report-executive.pdf`,
  }),
};
