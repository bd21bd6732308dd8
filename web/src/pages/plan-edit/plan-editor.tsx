// The plan editor: loads the plan, keeps the draft, checks it as the admin types, and saves it as a new version.
import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { validatePlan } from '@core/plan/index';
import type { Plan } from '@core/plan/schema';
import { ConfirmModal } from '../../components/confirm-modal';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ConflictAlert } from '../../components/plan-edit/conflict-alert';
import { describeChange } from '../../components/plan-edit/describe-change';
import { ErrorSummary } from '../../components/plan-edit/error-summary';
import { pathKey } from '../../components/plan-edit/field-id';
import { LeaveGuard } from '../../components/plan-edit/leave-guard';
import { currentPlanKey, fetchCurrentPlan, type CurrentPlan } from '../../components/plan-edit/plan-edit-api';
import { PlanEditProvider, type Problem, type Target } from '../../components/plan-edit/plan-edit-context';
import { SaveBar } from '../../components/plan-edit/save-bar';
import { SaveModal } from '../../components/plan-edit/save-modal';
import { SectionNav } from '../../components/plan-edit/section-nav';
import { EDIT_BASE, routeOf, sectionOf, sections, type Section } from '../../components/plan-edit/sections';
import { useFocusTarget } from '../../components/plan-edit/use-focus-target';
import { usePlanDraft } from '../../components/plan-edit/use-plan-draft';
import { useSavePlan } from '../../components/plan-edit/use-save-plan';
import { useAccount } from '../../lib/session';
import { SectionRoutes } from './section-routes';

/** The plan's problems in the browser, in the UI's language (the server says the same in the same words). */
function check(plan: Plan | undefined, lang: 'nl' | 'en'): Problem[] {
  if (!plan) return [];
  const result = validatePlan(plan, lang);
  return result.ok ? [] : result.errors.map((e) => ({ path: pathKey(e.path), message: e.message }));
}

export function PlanEditor() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const account = useAccount();
  const query = useQuery({
    queryKey: currentPlanKey,
    queryFn: fetchCurrentPlan,
    // The draft is made from the first answer; a later fetch must not pull the form from under the admin.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const { draft, dirty, resumed, update, load, saved, discard } = usePlanDraft(account.id, query.data);
  const [target, setTarget] = useState<Target | null>(null);
  const [refused, setRefused] = useState<{ plan: Plan; problems: Problem[] } | null>(null);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState<CurrentPlan | null>(null);
  const [saving, setSaving] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const lang = i18n.language === 'nl' ? 'nl' : 'en';

  // Checked as the admin types, after a short pause: half-typed values do not flash errors at every key.
  const [checked, , debounce] = useDebouncedValue(draft?.plan, 300);
  const clientProblems = useMemo(() => check(checked, lang), [checked, lang]);
  // The server's words stand until the plan it refused is edited; from then on the browser's check speaks.
  const problems = refused && refused.plan === draft?.plan ? refused.problems : clientProblems;

  const goTo = useCallback(
    (path: string) => {
      void navigate(`${EDIT_BASE}/${routeOf(path)}`);
      setTarget({ path, nonce: Date.now() });
    },
    [navigate],
  );
  useFocusTarget(target);

  const save = useSavePlan(draft?.baseVersion, {
    onSaved: (current) => {
      saved(current.version, current.plan);
      setSavedVersion(current.version);
      setRefused(null);
      setSaving(false);
    },
    onConflict: (latest) => {
      setConflict(latest);
      setSaving(false);
      requestAnimationFrame(() => document.getElementById('plan-edit-conflict')?.scrollIntoView());
    },
    onRefused: (plan, list) => {
      setRefused({ plan, problems: list });
      setSaving(false);
      requestAnimationFrame(() => summary.current?.focus());
    },
  });

  const counts = useMemo(() => {
    const c = Object.fromEntries(sections.map((s) => [s, 0])) as Record<Section, number>;
    for (const p of problems) c[sectionOf(p.path)] += 1;
    return c;
  }, [problems]);

  const startSave = () => {
    debounce.flush();
    if (!draft) return;
    if (check(draft.plan, lang).length > 0 || problems.length > 0) {
      requestAnimationFrame(() => {
        summary.current?.focus();
        summary.current?.scrollIntoView({ block: 'start' });
      });
      return;
    }
    save.reset();
    setSaving(true);
  };

  const planState = useMemo(
    () => (draft ? { plan: draft.plan, base: draft.base, update } : null),
    [draft, update],
  );
  const problemState = useMemo(() => ({ problems, target, goTo }), [problems, target, goTo]);

  return (
    <>
      <PageHeader
        title={t('plan_edit.heading')}
        description={draft ? t('plan_edit.intro', { version: draft.baseVersion }) : undefined}
        actions={
          <Button component={Link} to="/plan" variant="default">
            {t('plan_edit.to_plan')}
          </Button>
        }
      />
      <QueryState query={query} rows={8}>
        {() =>
          planState &&
          draft && (
            <PlanEditProvider plan={planState} problems={problemState}>
              <Stack gap="md">
                {resumed && dirty && (
                  <Alert color="blue" variant="light">
                    {t('plan_edit.resumed')}
                  </Alert>
                )}
                {conflict && (
                  <ConflictAlert
                    baseVersion={draft.baseVersion}
                    latestVersion={conflict.version}
                    onReload={() => {
                      load(conflict);
                      setConflict(null);
                      setRefused(null);
                      setSavedVersion(null);
                    }}
                    onDismiss={() => setConflict(null)}
                  />
                )}
                <ErrorSummary ref={summary} problems={problems} onGo={goTo} />
                <SectionNav counts={counts} />
                <SectionRoutes />
              </Stack>
              <SaveBar
                dirty={dirty}
                problems={problems.length}
                savedVersion={savedVersion}
                saving={save.isPending}
                onSave={startSave}
                onDiscard={() => setDiscarding(true)}
              />
              <SaveModal
                opened={saving}
                suggestion={saving ? describeChange(draft.base, draft.plan, t) : ''}
                saving={save.isPending}
                error={save.error}
                onSave={(description) => save.mutate({ plan: draft.plan, description })}
                onClose={() => setSaving(false)}
              />
              <ConfirmModal
                opened={discarding}
                title={t('plan_edit.discard.title')}
                confirmLabel={t('plan_edit.discard.confirm')}
                danger
                onConfirm={() => {
                  discard();
                  setRefused(null);
                  setDiscarding(false);
                }}
                onClose={() => setDiscarding(false)}
              >
                {t('plan_edit.discard.body')}
              </ConfirmModal>
              <LeaveGuard when={dirty} />
            </PlanEditProvider>
          )
        }
      </QueryState>
    </>
  );
}
