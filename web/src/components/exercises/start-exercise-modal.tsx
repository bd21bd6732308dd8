// Starting an exercise: the chosen built-in script (or a script pasted as YAML, checked against the plan first)
// and the speed; the one who starts it becomes its facilitator and lands on the console.
import { useState } from 'react';
import { Alert, Button, Code, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  SPEEDS,
  exerciseKeys,
  startExercise,
  validateScript,
  type ScriptSummary,
  type ScriptValidation,
} from '../../api/exercises';
import { ApiError } from '../../api/client';
import { FormAlert } from '../form-alert';

interface Props {
  /** A built-in script, or null for pasting one's own. */
  script: ScriptSummary | null;
  opened: boolean;
  onClose: () => void;
}

export function StartExerciseModal({ script, opened, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [speed, setSpeed] = useState('1');
  const [yaml, setYaml] = useState('');
  const [checked, setChecked] = useState<ScriptValidation | null>(null);
  const check = useMutation({ mutationFn: validateScript, onSuccess: setChecked });
  const start = useMutation({
    mutationFn: () =>
      startExercise({ ...(script ? { script_id: script.id } : { yaml }), speed: Number(speed) }),
    onSuccess: (exercise) => {
      void client.invalidateQueries({ queryKey: exerciseKeys.list });
      void navigate(`/exercises/${exercise.id}`);
    },
  });
  // Errors in a pasted script come back with line and column, like the checker's.
  const startErrors = start.error instanceof ApiError ? start.error.fieldErrors.filter((e) => e.line) : [];
  const problems = [...(checked && !checked.ok ? checked.errors : []), ...startErrors];
  const summary = script ?? checked?.summary ?? null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        script ? t('exercises.start.title_named', { title: script.title }) : t('exercises.start.title_own')
      }
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate();
        }}
      >
        <Stack gap="sm">
          {!script && (
            <>
              <Textarea
                label={t('exercises.start.yaml')}
                description={t('exercises.start.yaml_hint')}
                autosize
                minRows={8}
                maxRows={16}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                value={yaml}
                onChange={(e) => {
                  setYaml(e.currentTarget.value);
                  setChecked(null);
                }}
              />
              <Group>
                <Button
                  variant="default"
                  loading={check.isPending}
                  disabled={!yaml.trim()}
                  onClick={() => check.mutate(yaml)}
                >
                  {t('exercises.start.check')}
                </Button>
                {checked?.ok && (
                  <Text size="sm" c="green.8" role="status">
                    {t('exercises.start.check_ok')}
                  </Text>
                )}
              </Group>
              <FormAlert error={check.error} />
            </>
          )}
          {problems.length > 0 && (
            <Alert color="red" variant="light" title={t('exercises.start.problems')} role="alert">
              <List size="sm">
                {problems.map((p, i) => (
                  <List.Item key={i}>
                    {p.line !== undefined && (
                      <Code>{t('exercises.start.at', { line: p.line, column: p.column ?? 1 })}</Code>
                    )}{' '}
                    {p.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {summary && (
            <Text size="sm">
              {t('exercises.script.facts', {
                minutes: summary.duration_minutes,
                injects: summary.injects,
                expectations: summary.expectations,
              })}{' '}
              {summary.declared_by === 'team'
                ? t('exercises.script.team_declares')
                : t('exercises.script.start_declares')}
            </Text>
          )}
          <Select
            label={t('exercises.start.speed')}
            description={t('exercises.start.speed_hint')}
            allowDeselect={false}
            data={SPEEDS.map((s) => ({ value: String(s), label: t('exercises.speed', { speed: s }) }))}
            value={speed}
            onChange={(v) => v && setSpeed(v)}
            comboboxProps={{ withinPortal: true }}
          />
          <Text size="sm" c="dimmed">
            {t('exercises.start.what_happens')}
          </Text>
          <FormAlert error={startErrors.length > 0 ? null : start.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={start.isPending} disabled={!script && !checked?.ok}>
              {t('exercises.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
