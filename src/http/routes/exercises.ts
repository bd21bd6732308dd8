// Table-top exercises: the built-in scripts, running an exercise (the facilitator's console and the participants'
// view), notes, feedback, improvement actions and the after-action report. Routes listed in core/api/exercises.ts.
import {
  ZAdHocInjectRequest,
  ZExercise,
  ZExerciseDeclareRequest,
  ZExerciseList,
  ZExerciseNote,
  ZExerciseParams,
  ZFeedback,
  ZFeedbackList,
  ZFeedbackRequest,
  ZImprovementAction,
  ZImprovementActionRequest,
  ZInjectParams,
  ZNoteRequest,
  ZReportQuery,
  ZScriptDetail,
  ZScriptList,
  ZScriptParams,
  ZScriptValidation,
  ZSetSpeedRequest,
  ZStartExerciseRequest,
  ZValidateScriptRequest,
} from '../../core/api/exercises.js';
import { addImprovementAction } from '../../app/exercises/add-improvement-action.js';
import { addInject } from '../../app/exercises/add-inject.js';
import { addNote } from '../../app/exercises/add-note.js';
import { declareExerciseIncident } from '../../app/exercises/declare-exercise-incident.js';
import { endExercise } from '../../app/exercises/end-exercise.js';
import { giveFeedback, listFeedback } from '../../app/exercises/feedback.js';
import { fireInjectEarly } from '../../app/exercises/fire-inject.js';
import { getExercise, listExercises } from '../../app/exercises/get-exercise.js';
import { exportExerciseReport, type ExerciseReportFormat } from '../../app/exercises/report-export.js';
import { getScript, listScripts, validateScript } from '../../app/exercises/scripts.js';
import { startExercise } from '../../app/exercises/start-exercise.js';
import { pauseExercise, resumeExercise, setExerciseSpeed } from '../../app/exercises/steer-exercise.js';
import { defineRoute } from '../route.js';
import { documentMediaType, sendDocument } from '../download.js';
import { ZProblem } from './problem-schema.js';

const tag = 'exercises';
const readAnswers = { 401: ZProblem, 404: ZProblem };
const changeAnswers = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const one = '/api/v1/exercises/:exerciseId';

const steer = (action: 'pause' | 'resume' | 'end', summary: string, run: typeof pauseExercise) =>
  defineRoute({
    method: 'POST',
    url: `${one}/${action}`,
    access: 'responder',
    tag,
    summary,
    params: ZExerciseParams,
    responses: { 200: ZExercise, ...changeAnswers },
    handler: async ({ ctx, params }) => run(ctx, params.exerciseId),
  });

const report = (format: ExerciseReportFormat) =>
  defineRoute({
    method: 'GET',
    url: `${one}/report.${format}`,
    access: 'viewer',
    tag,
    summary: `The after-action report as ${format === 'md' ? 'Markdown' : 'PDF'}: scores with times, injects, notes, feedback, improvement plan`,
    params: ZExerciseParams,
    query: ZReportQuery,
    produces: documentMediaType(format),
    responses: { 200: null, 400: ZProblem, 401: ZProblem, 404: ZProblem },
    handler: async ({ ctx, params, query, reply }) => {
      const file = await exportExerciseReport(ctx, params.exerciseId, format, query.lang);
      return sendDocument(reply, format, file);
    },
  });

export const exerciseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/exercise-scripts',
    access: 'viewer',
    tag,
    summary:
      'The built-in exercise scripts (ransomware, phishing and a data breach, portal outage; nl and en)',
    responses: { 200: ZScriptList, 401: ZProblem },
    handler: async ({ ctx }) => listScripts(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/exercise-scripts/:scriptId',
    access: 'viewer',
    tag,
    summary: 'One built-in script with its YAML',
    params: ZScriptParams,
    responses: { 200: ZScriptDetail, ...readAnswers },
    handler: async ({ ctx, params }) => getScript(ctx, params.scriptId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/exercise-scripts/validate',
    access: 'responder',
    tag,
    summary: 'Check a script (YAML) against the plan in force: every problem with line and column',
    body: ZValidateScriptRequest,
    responses: { 200: ZScriptValidation, 400: ZProblem, 401: ZProblem, 403: ZProblem },
    handler: async ({ ctx, body }) => validateScript(ctx, body.yaml),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/exercises',
    access: 'viewer',
    tag,
    summary: 'Exercises, newest first, with their scores',
    responses: { 200: ZExerciseList, 401: ZProblem },
    handler: async ({ ctx }) => listExercises(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/exercises',
    access: 'responder',
    tag,
    summary: 'Start an exercise from a built-in or uploaded script; the caller facilitates',
    body: ZStartExerciseRequest,
    responses: { 201: ZExercise, ...changeAnswers },
    handler: async ({ ctx, body }) => startExercise(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: one,
    access: 'viewer',
    tag,
    summary: 'One exercise as the caller may see it (participants: fired injects only while it runs)',
    params: ZExerciseParams,
    responses: { 200: ZExercise, ...readAnswers },
    handler: async ({ ctx, params }) => getExercise(ctx, params.exerciseId),
  }),
  steer('pause', 'Pause the exercise clock', pauseExercise),
  steer('resume', 'Resume the exercise clock', resumeExercise),
  steer('end', 'End the exercise: expectations not done become missed', endExercise),
  defineRoute({
    method: 'POST',
    url: `${one}/speed`,
    access: 'responder',
    tag,
    summary: 'Set the speed of the exercise clock (1 to 60 times real time)',
    params: ZExerciseParams,
    body: ZSetSpeedRequest,
    responses: { 200: ZExercise, ...changeAnswers },
    handler: async ({ ctx, params, body }) => setExerciseSpeed(ctx, params.exerciseId, body.speed),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/injects/:injectId/fire`,
    access: 'responder',
    tag,
    summary: 'Fire an inject of the script now, before it is due',
    params: ZInjectParams,
    responses: { 200: ZExercise, ...changeAnswers },
    handler: async ({ ctx, params }) => fireInjectEarly(ctx, params.exerciseId, params.injectId),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/injects`,
    access: 'responder',
    tag,
    summary: 'Add an inject the script did not have; it fires at once',
    params: ZExerciseParams,
    body: ZAdHocInjectRequest,
    responses: { 201: ZExercise, ...changeAnswers },
    handler: async ({ ctx, params, body }) => addInject(ctx, params.exerciseId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/declare`,
    access: 'responder',
    tag,
    summary: 'Declare the exercise incident (when the script leaves it to the team)',
    params: ZExerciseParams,
    body: ZExerciseDeclareRequest,
    responses: { 200: ZExercise, ...changeAnswers },
    handler: async ({ ctx, params, body }) => declareExerciseIncident(ctx, params.exerciseId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/notes`,
    access: 'responder',
    tag,
    summary: "Add a facilitator's note, stamped with exercise time",
    params: ZExerciseParams,
    body: ZNoteRequest,
    responses: { 201: ZExerciseNote, ...changeAnswers },
    handler: async ({ ctx, params, body }) => addNote(ctx, params.exerciseId, body.text),
  }),
  defineRoute({
    method: 'GET',
    url: `${one}/feedback`,
    access: 'viewer',
    tag,
    summary: "The participants' feedback with the average rating",
    params: ZExerciseParams,
    responses: { 200: ZFeedbackList, ...readAnswers },
    handler: async ({ ctx, params }) => listFeedback(ctx, params.exerciseId),
  }),
  defineRoute({
    method: 'PUT',
    url: `${one}/feedback`,
    access: 'responder',
    tag,
    summary: 'Give (or replace) your feedback on the exercise, after it ended',
    params: ZExerciseParams,
    body: ZFeedbackRequest,
    responses: { 200: ZFeedback, ...changeAnswers },
    handler: async ({ ctx, params, body }) => giveFeedback(ctx, params.exerciseId, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${one}/actions`,
    access: 'responder',
    tag,
    summary: 'Send an improvement action to the backlog (an action item of the exercise incident)',
    params: ZExerciseParams,
    body: ZImprovementActionRequest,
    responses: { 201: ZImprovementAction, ...changeAnswers },
    handler: async ({ ctx, params, body }) => addImprovementAction(ctx, params.exerciseId, body),
  }),
  report('md'),
  report('pdf'),
];
