// Exercises: the API's answer types (from the contract), the queries for the scripts, the exercises and their
// feedback, the facilitator's and participants' changes, the report downloads, and the exercise clock's arithmetic.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ZAdHocInjectRequest,
  ZExercise,
  ZExerciseDeclareRequest,
  ZExerciseList,
  ZExerciseNote,
  ZFeedback,
  ZFeedbackList,
  ZFeedbackRequest,
  ZImprovementAction,
  ZImprovementActionRequest,
  ZInjectEventPayload,
  ZScriptDetail,
  ZScriptList,
  ZScriptValidation,
  ZStartExerciseRequest,
} from '@core/api/exercises';
import { api } from './client';

// Mirrors of core's lists (importing them would pull zod into the bundle); exercises.test.ts keeps them equal.
export const EXERCISE_STATUSES = ['running', 'paused', 'ended'] as const;
export const EXPECTATION_OUTCOMES = ['pending', 'met', 'late', 'missed'] as const;
export const EXPECTATION_KINDS = [
  'incident_declared',
  'role_assigned',
  'phase_reached',
  'task_done',
  'decision_recorded',
  'message_published',
  'legal_assessment_recorded',
] as const;
export const SPEEDS = [1, 2, 5, 10, 15, 30, 60] as const;

export type Exercise = z.infer<typeof ZExercise>;
export type ExerciseSummary = z.infer<typeof ZExerciseList>['items'][number];
export type ExerciseInject = Exercise['injects'][number];
export type ExerciseExpectation = Exercise['expectations'][number];
export type ExpectationOutcome = ExerciseExpectation['outcome'];
export type ExerciseStatus = Exercise['status'];
export type ExerciseScore = Exercise['score'];
export type ExerciseNote = z.infer<typeof ZExerciseNote>;
export type Feedback = z.infer<typeof ZFeedback>;
export type FeedbackList = z.infer<typeof ZFeedbackList>;
export type ImprovementAction = z.infer<typeof ZImprovementAction>;
export type ScriptSummary = z.infer<typeof ZScriptList>['items'][number];
export type ScriptDetail = z.infer<typeof ZScriptDetail>;
export type ScriptValidation = z.infer<typeof ZScriptValidation>;
export type InjectEventPayload = z.infer<typeof ZInjectEventPayload>;
export type StartExercise = z.input<typeof ZStartExerciseRequest>;
export type AdHocInject = z.input<typeof ZAdHocInjectRequest>;
export type ExerciseDeclare = z.input<typeof ZExerciseDeclareRequest>;
export type FeedbackInput = z.input<typeof ZFeedbackRequest>;
export type ImprovementActionInput = z.input<typeof ZImprovementActionRequest>;
export type ReportFormat = 'pdf' | 'md';

export const exerciseKeys = {
  all: ['exercises'] as const,
  list: ['exercises', 'list'] as const,
  scripts: ['exercises', 'scripts'] as const,
  one: (id: string) => ['exercises', 'one', id] as const,
  feedback: (id: string) => ['exercises', 'one', id, 'feedback'] as const,
};

const enc = encodeURIComponent;
const base = (id: string) => `/exercises/${enc(id)}`;

/** Timeline events of an exercise on its incident (`exercise.inject`, ...). */
export const isExerciseEvent = (type: string) => type.startsWith('exercise.');

/** Where the browser downloads the after-action report (the session cookie goes along: same origin). */
export function reportUrl(id: string, format: ReportFormat, lang: 'nl' | 'en'): string {
  return `/api/v1${base(id)}/report.${format}?lang=${lang}`;
}

/**
 * The exercise clock now, in exercise milliseconds: the server's reading moved on by the wall time since, times the
 * speed, while it runs; standing still while paused or ended.
 */
export function exerciseNow(
  e: Pick<Exercise, 'status' | 'exercise_ms' | 'server_now' | 'speed'>,
  now: number,
): number {
  if (e.status !== 'running') return e.exercise_ms;
  const since = Math.max(0, now - Date.parse(e.server_now));
  return e.exercise_ms + since * e.speed;
}

/** Exercise milliseconds as the script writes offsets: `+00:15` (hours and minutes); `-` before the start. */
export function offsetLabel(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A running clock: `01:05:09` (hours, minutes, seconds of exercise time). */
export function clockLabel(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export function useScripts() {
  return useQuery({
    queryKey: exerciseKeys.scripts,
    queryFn: async () => (await api.get<z.infer<typeof ZScriptList>>('/exercise-scripts')).items,
    staleTime: 5 * 60_000,
  });
}

export function useExercises() {
  return useQuery({
    queryKey: exerciseKeys.list,
    queryFn: async () => (await api.get<z.infer<typeof ZExerciseList>>('/exercises')).items,
  });
}

/**
 * One exercise. While it runs it is asked for again every few seconds (the tick fires injects and scores
 * expectations on the server); the incident's event stream asks sooner (see `useExerciseStream`).
 */
export function useExercise(id: string) {
  return useQuery({
    queryKey: exerciseKeys.one(id),
    queryFn: () => api.get<Exercise>(base(id)),
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'ended' ? 3_000 : false),
  });
}

export function useFeedback(id: string, enabled: boolean) {
  return useQuery({
    queryKey: exerciseKeys.feedback(id),
    enabled,
    queryFn: () => api.get<FeedbackList>(`${base(id)}/feedback`),
  });
}

export function validateScript(yaml: string): Promise<ScriptValidation> {
  return api.post<ScriptValidation>('/exercise-scripts/validate', { yaml });
}

export function getScript(id: string): Promise<ScriptDetail> {
  return api.get<ScriptDetail>(`/exercise-scripts/${enc(id)}`);
}

export function startExercise(body: StartExercise): Promise<Exercise> {
  return api.post<Exercise>('/exercises', body);
}

/** The calls that steer or add to an exercise; most answer with the whole exercise as it now is. */
export function exerciseApi(id: string) {
  return {
    pause: () => api.post<Exercise>(`${base(id)}/pause`, {}),
    resume: () => api.post<Exercise>(`${base(id)}/resume`, {}),
    speed: (speed: number) => api.post<Exercise>(`${base(id)}/speed`, { speed }),
    fire: (injectId: string) => api.post<Exercise>(`${base(id)}/injects/${enc(injectId)}/fire`, {}),
    adHoc: (inject: AdHocInject) => api.post<Exercise>(`${base(id)}/injects`, inject),
    declare: (body: ExerciseDeclare) => api.post<Exercise>(`${base(id)}/declare`, body),
    note: (text: string) => api.post<ExerciseNote>(`${base(id)}/notes`, { text }),
    end: () => api.post<Exercise>(`${base(id)}/end`, {}),
    feedback: (body: FeedbackInput) => api.put<Feedback>(`${base(id)}/feedback`, body),
    action: (body: ImprovementActionInput) => api.post<ImprovementAction>(`${base(id)}/actions`, body),
  };
}

/** A change to the exercise `id`: an answer that is the exercise replaces what the page shows; then ask again. */
export function useExerciseChange<V, R>(
  id: string,
  call: (calls: ReturnType<typeof exerciseApi>, vars: V) => Promise<R>,
  onDone?: (result: R) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(exerciseApi(id), vars),
    onSuccess: (result) => {
      if (result && typeof result === 'object' && 'injects' in result)
        client.setQueryData(exerciseKeys.one(id), result);
      void client.invalidateQueries({ queryKey: exerciseKeys.one(id) });
      void client.invalidateQueries({ queryKey: exerciseKeys.list });
      onDone?.(result);
    },
  });
}
