// Live updates for an open incident page: the server's event stream, and every change asked for again within a second.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { incidentChanged } from '../api/incidents';
import { isLegalEvent, legalKeys } from '../api/legal';
import { messageKeys } from '../api/messages';

/** `live`: the stream is open; `reconnecting`: it dropped and the browser (or we) are opening it again. */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

// Events arrive in bursts (a declaration writes several; a reconnect replays what was missed): ask once per burst.
const BURST_MS = 150;

/**
 * Whether a timeline event (the stream's JSON) is about messages or the update rhythm. Besides the incident's own
 * queries (its messages and audiences sit under its key) these change the overdue updates on the home page.
 */
export function isCommunicationEvent(data: string): boolean {
  try {
    const type = (JSON.parse(data) as { type?: unknown }).type;
    return typeof type === 'string' && (type.startsWith('message.') || type === 'update.overdue');
  } catch {
    return false;
  }
}

/**
 * Whether a timeline event is about the legal clocks (the assessment, a duty, a reminder). Besides the incident's
 * own queries these change the deadlines dashboard and the breach register, which span incidents.
 */
export function isLegalEventData(data: string): boolean {
  try {
    const type = (JSON.parse(data) as { type?: unknown }).type;
    return typeof type === 'string' && isLegalEvent(type);
  } catch {
    return false;
  }
}

// When the server refused the stream (EventSource then stops for good), try again after this long.
const RETRY_MS = 5_000;

/**
 * Opens `/api/v1/incidents/{id}/events` while the page is open (the session cookie goes along: same origin) and
 * closes it on unmount. EventSource reconnects by itself and sends Last-Event-ID, so the server replays what
 * was missed; each `timeline` event refreshes the incident's queries opened under `key`.
 */
export function useIncidentEvents(key: string, id: string | undefined): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    if (!id || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let burst: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let lastSeq: string | null = null;
    let communication = false;
    let legal = false;

    const refresh = () => {
      clearTimeout(burst);
      burst = setTimeout(() => {
        incidentChanged(client, key);
        if (communication) void client.invalidateQueries({ queryKey: messageKeys.overdue });
        if (legal) void client.invalidateQueries({ queryKey: legalKeys.across });
        communication = false;
        legal = false;
      }, BURST_MS);
    };

    const connect = () => {
      // A stream opened again by us (not by the browser) has no Last-Event-ID: `after` asks for the same replay.
      const after = lastSeq ? `?after=${encodeURIComponent(lastSeq)}` : '';
      source = new EventSource(`/api/v1/incidents/${encodeURIComponent(id)}/events${after}`);
      source.addEventListener('open', () => {
        // Whatever changed between loading the page (or losing the stream) and now: ask once.
        refresh();
        setState('live');
      });
      source.addEventListener('timeline', (e) => {
        if (e.lastEventId) lastSeq = e.lastEventId;
        if (typeof e.data === 'string' && isCommunicationEvent(e.data)) communication = true;
        if (typeof e.data === 'string' && isLegalEventData(e.data)) legal = true;
        refresh();
      });
      source.addEventListener('error', () => {
        if (stopped || !source) return;
        setState('reconnecting');
        if (source.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, RETRY_MS);
        }
      });
    };

    setState('connecting');
    connect();
    return () => {
      stopped = true;
      clearTimeout(burst);
      clearTimeout(retry);
      source?.close();
    };
  }, [client, key, id]);

  return state;
}
