// The declare dialog: title, scenario, severity and the flags; declaring activates the plan and opens the incident.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Divider, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError } from '../../api/client';
import { usePlan, type Plan } from '../../api/plan';
import { triageApi } from '../../api/triage';
import { FormAlert } from '../form-alert';
import { QueryState } from '../query-state';
import { DeclareOptions, type DeclareOptionsValue } from './declare-options';
import { showDeclared } from './declared-notice';
import { fromLocalInput, isInFuture, toLocalInput } from './local-time';
import { ScenarioField, SeverityField } from './plan-choice-fields';
import { SourceReports, useReportsById } from './source-reports';

interface Props {
  opened: boolean;
  onClose: () => void;
  reportIds: readonly string[];
}

export function DeclareIncidentModal({ opened, onClose, reportIds }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const plan = usePlan();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('triage.declare.title')}
      size="lg"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {/* Mounted only while open, so each opening starts from a fresh form and the current time. */}
      {opened && (
        <QueryState query={plan} rows={6}>
          {(current) => <DeclareForm plan={current.plan} reportIds={reportIds} onClose={onClose} />}
        </QueryState>
      )}
    </Modal>
  );
}

const FIELDS = [
  'title',
  'scenario_id',
  'severity_id',
  'personal_data',
  'awareness_at',
  'restricted',
  'exercise',
];

function DeclareForm({
  plan,
  reportIds,
  onClose,
}: {
  plan: Plan;
  reportIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const firstReport = useReportsById(reportIds.slice(0, 1))[0]?.data;
  const [title, setTitle] = useState<string | null>(null);
  const [scenario, setScenario] = useState('');
  const [severity, setSeverity] = useState('');
  const [options, setOptions] = useState<DeclareOptionsValue>(() => ({
    personalData: 'unknown',
    awareness: toLocalInput(new Date()),
    restricted: false,
    exercise: false,
  }));
  const [attempts, setAttempts] = useState(0);
  const checked = attempts > 0;
  const formRef = useRef<HTMLFormElement>(null);
  // Until the person types a title, the first report's title stands in for it.
  const titleValue = title ?? firstReport?.title ?? '';
  const awarenessAt = fromLocalInput(options.awareness);

  const declare = useMutation({
    mutationFn: () =>
      triageApi.declare({
        title: titleValue.trim(),
        scenario_id: scenario,
        severity_id: severity,
        restricted: options.restricted,
        exercise: options.exercise,
        personal_data: options.personalData,
        awareness_at: awarenessAt ?? new Date().toISOString(),
        report_ids: [...reportIds],
      }),
    onSuccess: (incident) => {
      void client.invalidateQueries({ queryKey: ['reports'] });
      void client.invalidateQueries({ queryKey: ['incidents'] });
      showDeclared(t, incident);
      onClose();
      void navigate(`/incidents/${encodeURIComponent(incident.id)}`);
    },
  });

  // The browser's own checks are off (noValidate): these say in words what is missing, next to the field.
  const local = {
    title: titleValue.trim() ? undefined : t('triage.declare.title_required'),
    scenario_id: scenario ? undefined : t('triage.declare.scenario_required'),
    severity_id: severity ? undefined : t('triage.declare.severity_required'),
    awareness_at: !awarenessAt
      ? t('triage.declare.awareness_required')
      : isInFuture(awarenessAt)
        ? t('triage.declare.awareness_future')
        : undefined,
  };
  const shown = (field: keyof typeof local) =>
    (checked ? local[field] : undefined) ?? fieldError(declare.error, field);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempts((n) => n + 1);
    if (Object.values(local).some(Boolean)) return;
    declare.mutate();
  };

  // After a refused attempt, bring the first problem into view: on a phone the dialog is several screens long.
  const refusal = declare.error;
  useEffect(() => {
    if (attempts === 0) return;
    formRef.current
      ?.querySelector<HTMLElement>('.mantine-InputWrapper-error, [role="alert"]')
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [attempts, refusal]);

  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <Stack gap="lg">
        <Text size="sm">{t('triage.declare.intro')}</Text>
        <SourceReports
          ids={reportIds}
          label={t('triage.declare.from_reports', { count: reportIds.length })}
        />
        <TextInput
          label={t('triage.declare.incident_title')}
          description={t('triage.declare.incident_title_hint')}
          required
          data-autofocus
          value={titleValue}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={shown('title')}
          maxLength={200}
        />
        <ScenarioField plan={plan} value={scenario} onChange={setScenario} error={shown('scenario_id')} />
        <SeverityField plan={plan} value={severity} onChange={setSeverity} error={shown('severity_id')} />
        <Divider />
        <DeclareOptions
          value={options}
          onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
          maxAwareness={toLocalInput(new Date())}
          errors={{
            awareness_at: shown('awareness_at'),
            personal_data: fieldError(declare.error, 'personal_data'),
            restricted: fieldError(declare.error, 'restricted'),
            exercise: fieldError(declare.error, 'exercise'),
          }}
        />
        <FormAlert error={declare.error} fields={FIELDS} />
        {checked && Object.values(local).some(Boolean) && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {t('triage.declare.incomplete')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('triage.declare.what_happens')}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={declare.isPending}>
            {t('triage.declare.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
