// Tells the status page's subscribers about a change: one delivery per matching confirmed subscriber, through the
// outbox, in the transaction of the change. Written by the subscriptions work (issue 6, part C); until then it
// enqueues nothing.
import type { Ctx, Unit } from '../context.js';
import type { Localised } from '../../core/status-page/snapshot.js';
import type { ComponentStatus, IncidentStatus, Impact } from '../../core/status-page/values.js';

export type StatusNotice =
  | {
      kind: 'incident_update';
      /** The incident id (its public page is /status/incidents/{incident_id}). */
      incident_id: string;
      /** The message id of the update (a stable key for the deliveries). */
      update_id: string;
      name: Localised;
      status: IncidentStatus;
      impact: Impact;
      /** Markdown. */
      body: Localised;
      /** Components the update touched, with the status it set; empty = a general update (goes to everyone). */
      components: { id: string; name: Localised; status: ComponentStatus }[];
      published_at: string;
    }
  | {
      kind: 'maintenance';
      phase: 'scheduled' | 'started' | 'completed' | 'cancelled';
      maintenance_id: string;
      name: Localised;
      body: Localised;
      scheduled_for: string;
      scheduled_until: string;
      components: { id: string; name: Localised }[];
      at: string;
    };

export async function notifySubscribers(_u: Unit, _ctx: Ctx, _notice: StatusNotice): Promise<void> {
  // Filled in by the subscriptions work.
}
