// Per audience of an incident: its cadence, the last update published and when the next one is due.
import { isOverdue, nextDueAt } from '../../core/message/cadence.js';
import type { Plan } from '../../core/plan/index.js';
import { listAudiences, type IncidentRow } from '../../store/repos/incidents.js';
import { lastPublished } from '../../store/repos/messages.js';
import type { Tx } from '../../store/db.js';

export interface AudienceCadence {
  audienceId: string;
  name: string;
  cadenceMinutes: number;
  lastPublishedAt: string | null;
  lastMessageId: string | null;
  nextDueAt: string | null;
  overdue: boolean;
}

export async function cadenceStatus(
  tx: Tx,
  plan: Plan,
  incident: IncidentRow,
  now: Date,
): Promise<AudienceCadence[]> {
  const [audiences, last] = await Promise.all([
    listAudiences(tx, incident.id),
    lastPublished(tx, incident.id),
  ]);
  return audiences.map((a) => {
    const published = last.find((l) => l.audience_id === a.audience_id);
    const input = {
      phase: incident.phase,
      declaredAt: incident.declared_at,
      lastPublishedAt: published?.published_at ?? null,
      lastKind: published?.kind ?? null,
      cadenceMinutes: Number(a.cadence_minutes),
    };
    return {
      audienceId: a.audience_id,
      name: plan.audiences.find((x) => x.id === a.audience_id)?.name ?? a.audience_id,
      cadenceMinutes: Number(a.cadence_minutes),
      lastPublishedAt: published?.published_at ?? null,
      lastMessageId: published?.id ?? null,
      nextDueAt: nextDueAt(input),
      overdue: isOverdue(input, now),
    };
  });
}
