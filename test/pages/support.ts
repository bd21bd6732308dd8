// Helpers for the page tests: a crisis team that can approve messages, and publishing through the message API
// (draft, submit, approve, publish) exactly as the communications lead does in the app.
import { expect } from 'vitest';
import type { Client } from '../support/client.js';
import { accountWith } from '../incidents/support.js';

export interface Team {
  admin: Client;
  /** The plan's communications lead: writes the messages; their submission counts as that role's approval. */
  comms: Client;
  /** Others of the press audience's approval chain (legal, management). */
  approvers: Client[];
}

/** Lets these audiences be addressed in Dutch and English (the starter plans have them in one language). */
export async function bilingual(admin: Client, audienceIds: string[]): Promise<void> {
  const { plan } = (await admin.get('/api/v1/plan')).body;
  for (const audience of plan.audiences)
    if (audienceIds.includes(audience.id)) audience.languages = ['en', 'nl'];
  // Every language of an audience needs its templates: a copy of each one in the other language will do here.
  for (const scenario of plan.scenarios) {
    const has = (t: any, language: string) =>
      scenario.templates.some(
        (o: any) => o.audience === t.audience && o.kind === t.kind && o.language === language,
      );
    const copies = scenario.templates
      .filter((t: any) => audienceIds.includes(t.audience))
      .flatMap((t: any) => {
        const other = t.language === 'en' ? 'nl' : 'en';
        return has(t, other) ? [] : [{ ...t, id: `${t.id}_${other}`, language: other }];
      });
    scenario.templates.push(...copies);
  }
  const saved = await admin.request('PUT', '/api/v1/plan', {
    plan,
    description: 'Audiences in both languages',
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

/** Accounts for the primary people of the communications lead, legal and management roles of the plan in force. */
export async function crisisTeam(admin: Client, base: string): Promise<Team> {
  const { plan } = (await admin.get('/api/v1/plan')).body;
  const emailOf = (roleId: string) => {
    const role = plan.roles.find((r: { id: string }) => r.id === roleId);
    return plan.people.find((p: { id: string }) => p.id === role.primary).email as string;
  };
  const comms = await accountWith(admin, base, emailOf('communications_lead'), 'responder');
  const approvers = [
    await accountWith(admin, base, emailOf('legal'), 'responder'),
    await accountWith(admin, base, emailOf('management'), 'responder'),
  ];
  return { admin, comms, approvers };
}

export interface Publication {
  audience: string;
  channels?: string[];
  contents: Array<{ language: 'nl' | 'en'; subject: string; body: string }>;
}

function ok<T>(res: { status: number; body: T }, what: string): T {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

async function approveAndPublish(team: Team, incidentId: string, draft: any) {
  const path = `/api/v1/incidents/${incidentId}/messages/${draft.id}`;
  let message = ok(await team.comms.post(`${path}/submit`, { revision: draft.revision }), 'submit');
  for (const approver of team.approvers) {
    if (message.status !== 'in_review') break;
    message = ok(await approver.post(`${path}/approve`, { revision: message.revision }), 'approve');
  }
  expect(message.status).toBe('approved');
  return ok(await team.comms.post(`${path}/publish`, { revision: message.revision }), 'publish');
}

/** Drafts, submits, approves and publishes a message; returns it as published. */
export async function publish(team: Team, incidentId: string, p: Publication) {
  const draft = ok(
    await team.comms.post(`/api/v1/incidents/${incidentId}/messages`, {
      audience_id: p.audience,
      contents: p.contents,
      ...(p.channels ? { channels: p.channels } : {}),
    }),
    'draft',
  );
  return approveAndPublish(team, incidentId, draft);
}

/** Publishes a correction of a published message, with new texts. */
export async function publishCorrection(
  team: Team,
  incidentId: string,
  originalId: string,
  contents: Publication['contents'],
) {
  const path = `/api/v1/incidents/${incidentId}/messages`;
  const started = ok(await team.comms.post(`${path}/${originalId}/correct`, {}), 'correct');
  const edited = ok(
    await team.comms.patch(`${path}/${started.id}`, { revision: started.revision, contents }),
    'edit correction',
  );
  return approveAndPublish(team, incidentId, edited);
}

/** The page's text without tags, whitespace folded: what a reader (or a screen reader) gets. */
export function visibleText(html: string): string {
  return (
    html
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      // Inline elements join their text to what surrounds them; block elements start a new line.
      .replace(/<\/?(?:a|time|strong|em|span|code)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
  );
}
