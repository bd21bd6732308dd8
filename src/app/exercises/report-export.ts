// The after-action report of an exercise as a file (Markdown or PDF), in the exercise's language unless another is
// asked for. The facilitator can take it at any time; everyone else once the exercise has ended.
import type { Language } from '../../core/api/common.js';
import { conflict } from '../../core/errors.js';
import { documentMarkdown } from '../../core/evaluation/report-markdown.js';
import { exerciseReport } from '../../core/exercise/report.js';
import { renderReportDocumentPdf } from '../../documents/incident-report-pdf.js';
import { listActionItems } from '../../store/repos/evaluation.js';
import { listActions } from '../../store/repos/exercises.js';
import type { Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { currentPlan } from '../plan/current-plan.js';
import { listFeedback } from './feedback.js';
import { presentExercise } from './present.js';
import { canFacilitate, loadExercise } from './support.js';

export type ExerciseReportFormat = 'md' | 'pdf';

export async function exportExerciseReport(
  ctx: Ctx,
  id: string,
  format: ExerciseReportFormat,
  lang: Language | undefined,
): Promise<{ body: string | Buffer; organisation: string; name: string }> {
  const row = await loadExercise(ctx, ctx.store.db, id);
  if (row.status !== 'ended' && !canFacilitate(ctx.actor!, row)) throw conflict('exercise.not_ended');
  const exercise = await presentExercise(ctx, ctx.store.db, row);
  const { plan } = await currentPlan(ctx.store);
  const names = await accountNames(ctx.store.db);
  const linked = await listActions(ctx.store.db, id);
  const items = row.incident_id ? await listActionItems(ctx.store.db, { incidentId: row.incident_id }) : [];
  const language = lang ?? (row.language as Language);
  const document = exerciseReport({
    language,
    organisation: plan.organisation.name,
    generatedAt: ctx.clock.now().toISOString(),
    exercise,
    scenarioName: plan.scenarios.find((s) => s.id === row.scenario_id)?.name ?? row.scenario_id,
    feedback: await listFeedback(ctx, id),
    actions: linked.map((a) => {
      const item = items.find((i) => i.id === a.action_item_id);
      const owner = item?.owner_account_id
        ? (names.get(item.owner_account_id) ?? '')
        : (item?.owner_name ?? '');
      return {
        title: item?.title ?? a.title,
        owner,
        due_on: item?.due_on ?? null,
        expectation_id: a.expectation_id,
      };
    }),
  });
  const name = `exercise-${row.started_at.slice(0, 10)}-${row.script_id ?? 'script'}-report-${language}`;
  const body = format === 'md' ? documentMarkdown(document) : await renderReportDocumentPdf(document);
  return { body, organisation: plan.organisation.name, name };
}
