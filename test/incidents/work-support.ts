// Helpers for the incident page's change tests: the timeline as the API gives it, and "this changed nothing".
import { expect } from 'vitest';
import type { Answer, Client } from '../support/client.js';

export interface Event {
  id: string;
  seq: number;
  type: string;
  subject: string | null;
  actor_name: string | null;
  payload: Record<string, any>;
  pinned: boolean;
}

/** The incident's timeline, newest first. */
export async function timeline(c: Client, id: string): Promise<Event[]> {
  const res = await c.get(`/api/v1/incidents/${id}/timeline?limit=200`);
  expect(res.status).toBe(200);
  return res.body.items;
}

/** The newest event on the incident's timeline, which must be of `type`. */
export async function newest(c: Client, id: string, type: string): Promise<Event> {
  const [event] = await timeline(c, id);
  expect(event?.type).toBe(type);
  return event!;
}

/** Runs a request that must be refused with `status`, and checks the incident and its timeline stayed as they were. */
export async function refusedUnchanged(
  reader: Client,
  id: string,
  status: number,
  request: () => Promise<Answer>,
): Promise<Answer> {
  const before = (await reader.get(`/api/v1/incidents/${id}`)).body;
  const events = (await timeline(reader, id)).length;
  const res = await request();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect((await reader.get(`/api/v1/incidents/${id}`)).body).toEqual(before);
  expect((await timeline(reader, id)).length).toBe(events);
  return res;
}

/** The field names a 400 problem lists. */
export const fields = (res: Answer) => (res.body.errors ?? []).map((e: { field: string }) => e.field);

export const put = (c: Client, path: string, body: unknown) => c.request('PUT', path, body);
