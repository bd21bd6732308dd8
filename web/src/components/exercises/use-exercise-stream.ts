// Live updates for an exercise's screens: the exercise incident's event stream (an inject fired, the team acting,
// an expectation scored) asks for the exercise again at once, instead of waiting for the next poll.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { exerciseKeys } from '../../api/exercises';

const BURST_MS = 300;

export function useExerciseStream(exerciseId: string, incidentId: string | undefined, live: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!incidentId || !live || typeof EventSource === 'undefined') return;
    let burst: ReturnType<typeof setTimeout> | undefined;
    // Only events from now on: the exercise itself was just read.
    const source = new EventSource(`/api/v1/incidents/${encodeURIComponent(incidentId)}/events`);
    source.addEventListener('timeline', () => {
      clearTimeout(burst);
      burst = setTimeout(
        () => void client.invalidateQueries({ queryKey: exerciseKeys.one(exerciseId) }),
        BURST_MS,
      );
    });
    return () => {
      clearTimeout(burst);
      source.close();
    };
  }, [client, exerciseId, incidentId, live]);
}
