// The plan as YAML: admins edit it with validation as they type and save it as a new version; others read it.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDeviceFloppy, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EditorView } from '@codemirror/view';
import { validatePlanYaml } from '@core/plan/index';
import { ApiError } from '../../api/client';
import { PLAN_YAML_URL, planApi, usePlan, usePlanChanged, type PlanCurrent } from '../../api/plan';
import { PageHeader } from '../../components/page-header';
import { SavePlanModal } from '../../components/plan/save-plan-modal';
import { jumpTo, YamlEditor, type YamlProblem } from '../../components/plan/yaml-editor';
import { YamlProblems } from '../../components/plan/yaml-problems';
import { QueryState } from '../../components/query-state';
import { currentLanguage } from '../../i18n';
import { useIsAdmin } from '../../lib/session';

export default function PlanYamlPage() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const plan = usePlan();
  return (
    <>
      <PageHeader
        title={t('plan.yaml.title')}
        description={isAdmin ? t('plan.yaml.intro_admin') : t('plan.yaml.intro_reader')}
        actions={
          <Button component={Link} to="/plan" variant="default">
            {t('plan.back')}
          </Button>
        }
      />
      <QueryState query={plan} rows={10}>
        {(current) => <YamlWorkspace current={current} canEdit={isAdmin} />}
      </QueryState>
    </>
  );
}

function YamlWorkspace({ current, canEdit }: { current: PlanCurrent; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const changed = usePlanChanged();
  const [base, setBase] = useState({ version: current.version, yaml: current.yaml });
  const [text, setText] = useState(current.yaml);
  const [checked, setChecked] = useState<{ text: string; problems: YamlProblem[] } | null>(null);
  const [refused, setRefused] = useState<YamlProblem[] | null>(null);
  const [saving, saveModal] = useDisclosure(false);
  const view = useRef<EditorView | null>(null);
  const dirty = text !== base.yaml;

  // Someone saved a newer version while this page was open and nothing was changed here: show the new one.
  if (!dirty && current.version !== base.version) {
    setBase({ version: current.version, yaml: current.yaml });
    setText(current.yaml);
  }

  // Validation as you type, in the browser, once typing pauses.
  useEffect(() => {
    if (!canEdit) return;
    const timer = setTimeout(() => {
      const result = validatePlanYaml(text, currentLanguage());
      setChecked({ text, problems: result.ok ? [] : result.errors });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, canEdit, i18n.language]);

  // Leaving the page with unsaved changes: the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = useMutation({
    mutationFn: ({ description, force }: { description: string; force: boolean }) =>
      planApi.saveYaml(text, description, force ? undefined : base.version),
    onSuccess: (saved) => {
      changed(saved);
      setBase({ version: saved.version, yaml: saved.yaml });
      setText(saved.yaml);
      saveModal.close();
      notifications.show({
        color: saved.changed ? 'green' : 'gray',
        message: saved.changed
          ? t('plan.save.saved', { version: saved.version })
          : t('plan.save.unchanged', { version: saved.version }),
      });
    },
    onError: (error) => {
      // A refused plan: its problems go into the editor and the list, like the ones found while typing.
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const problems = error.fieldErrors.map(({ line, column, message }) => ({ line, column, message }));
        setRefused(problems);
        saveModal.close();
        const first = problems.find((p) => p.line !== undefined);
        if (first && view.current) jumpTo(view.current, first.line!, first.column);
      }
    },
  });

  // While typing, the last check's problems stay in view until the next one is done.
  const upToDate = checked?.text === text;
  const problems = refused ?? checked?.problems ?? [];
  const canSave = dirty && upToDate && problems.length === 0;
  const onChange = (value: string) => {
    setText(value);
    setRefused(null);
  };
  const jump = (line: number, column?: number) => view.current && jumpTo(view.current, line, column);

  return (
    <Stack gap="md">
      {canEdit && dirty && current.version !== base.version && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('plan.yaml.newer_version', {
            version: current.version,
            name: current.author_name ?? t('plan.status.system'),
          })}
        </Alert>
      )}
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          {canEdit && (
            <Button
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              disabled={!canSave}
              onClick={() => {
                save.reset();
                saveModal.open();
              }}
            >
              {t('plan.yaml.save')}
            </Button>
          )}
          {canEdit && dirty && (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={18} aria-hidden />}
              onClick={() => onChange(base.yaml)}
            >
              {t('plan.yaml.discard')}
            </Button>
          )}
          {canEdit && (
            <Text size="sm" c="dimmed" role="status">
              {!dirty
                ? t('plan.yaml.state_clean', { version: base.version })
                : !upToDate
                  ? t('plan.yaml.state_checking')
                  : problems.length > 0
                    ? t('plan.yaml.state_fix_first')
                    : t('plan.yaml.state_ready')}
            </Text>
          )}
        </Group>
        <Button
          component="a"
          href={PLAN_YAML_URL}
          download
          variant="subtle"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          {t('plan.actions.download_yaml')}
        </Button>
      </Group>
      <YamlEditor
        value={text}
        onChange={canEdit ? onChange : undefined}
        readOnly={!canEdit}
        problems={canEdit ? problems : []}
        label={t('plan.yaml.editor_label')}
        onView={(v) => (view.current = v)}
      />
      {canEdit && (refused || checked) && (
        <YamlProblems
          problems={problems}
          title={
            refused
              ? t('plan.yaml.refused_title', { count: refused.length })
              : t('plan.yaml.problems_title', { count: problems.length })
          }
          onJump={jump}
        />
      )}
      <SavePlanModal
        opened={saving}
        loading={save.isPending}
        error={save.error}
        onSave={(description, force) => save.mutate({ description, force })}
        onClose={saveModal.close}
      />
    </Stack>
  );
}
