// Where the incident stands and the next step: the five phases, "Move to <next phase>", and "Go back" with a reason.
import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Paper, Select, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowBackUp, IconArrowRight, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PHASES, useIncidentChange, type IncidentDetail, type Phase } from '../../api/incidents';
import { PhaseSteps } from './phase-steps';
import { ReasonModal } from './reason-modal';

export function PhaseBar({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 40em)', true, { getInitialValueInEffect: false });
  const index = PHASES.indexOf(incident.phase);
  const next = PHASES[index + 1];
  const earlier = PHASES.slice(0, index).filter((p) => p !== 'closed');
  const [forward, forwardModal] = useDisclosure(false);
  const [back, backModal] = useDisclosure(false);
  const [backTo, setBackTo] = useState<Phase | null>(null);
  const move = useIncidentChange<{ phase: Phase; reason: string }>(
    ikey,
    incident.id,
    (api, v) => api.phase(v.phase, v.reason || undefined),
    () => {
      forwardModal.close();
      backModal.close();
    },
  );
  const blocked = move.error instanceof ApiError && move.error.status === 409 ? move.error : null;
  const inPhase = incident.tasks.filter(
    (task) => task.phase === incident.phase && (task.status === 'todo' || task.status === 'doing'),
  );
  const overdue = inPhase.filter((task) => task.overdue).length;
  const closing = next === 'closed';

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" mb="lg">
      <Stack gap="sm">
        <PhaseSteps phase={incident.phase} compact={!wide} position />
        {incident.phase === 'closed' ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
            <Text size="sm">{t('incidents.phase_bar.closed')}</Text>
          </Group>
        ) : (
          <Group justify="space-between" gap="sm" align="center">
            <Group gap="xs">
              <Text size="sm">
                {t('incidents.phase_bar.open_in_phase', {
                  count: inPhase.length,
                  phase: t(`incidents.phase.${incident.phase}`),
                })}
              </Text>
              {overdue > 0 && (
                <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                  {t('incidents.list.overdue_tasks', { count: overdue })}
                </Badge>
              )}
            </Group>
            {incident.can_act && next && (
              <Group gap="xs" grow={false} w={{ base: '100%', sm: 'auto' }}>
                {earlier.length > 0 && (
                  <Button
                    variant="default"
                    leftSection={<IconArrowBackUp size={16} aria-hidden />}
                    onClick={() => {
                      move.reset();
                      setBackTo(earlier[earlier.length - 1] ?? null);
                      backModal.open();
                    }}
                    style={{ flex: '1 1 auto' }}
                  >
                    {t('incidents.phase_bar.back')}
                  </Button>
                )}
                <Button
                  color={closing ? 'gray' : undefined}
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                  onClick={() => {
                    move.reset();
                    forwardModal.open();
                  }}
                  style={{ flex: '1 1 auto' }}
                >
                  {closing
                    ? t('incidents.phase_bar.close')
                    : t('incidents.phase_bar.move', { phase: t(`incidents.phase.${next}`) })}
                </Button>
              </Group>
            )}
          </Group>
        )}
      </Stack>
      {next && (
        <ReasonModal
          opened={forward}
          title={
            closing
              ? t('incidents.phase_bar.close_title')
              : t('incidents.phase_bar.move_title', { phase: t(`incidents.phase.${next}`) })
          }
          intro={closing ? t('incidents.phase_bar.close_intro') : t(`incidents.phase_intro.${next}`)}
          reasonLabel={t('incidents.phase_bar.note')}
          reasonRequired={false}
          confirmLabel={
            closing
              ? t('incidents.phase_bar.close')
              : t('incidents.phase_bar.move', { phase: t(`incidents.phase.${next}`) })
          }
          loading={move.isPending}
          error={blocked ? null : move.error}
          onConfirm={(reason) => move.mutate({ phase: next, reason })}
          onClose={forwardModal.close}
        >
          {blocked && <CloseProblems error={blocked} />}
        </ReasonModal>
      )}
      <ReasonModal
        opened={back}
        title={t('incidents.phase_bar.back_title')}
        intro={t('incidents.phase_bar.back_intro')}
        reasonLabel={t('incidents.phase_bar.back_reason')}
        confirmLabel={t('incidents.phase_bar.back_confirm')}
        color="orange"
        loading={move.isPending}
        error={move.error}
        fields={['phase']}
        onConfirm={(reason) => backTo && move.mutate({ phase: backTo, reason })}
        onClose={backModal.close}
      >
        <Select
          label={t('incidents.phase_bar.back_to')}
          data={earlier.map((p) => ({ value: p, label: t(`incidents.phase.${p}`) }))}
          value={backTo}
          onChange={(v) => setBackTo(v as Phase)}
          allowDeselect={false}
        />
      </ReasonModal>
    </Paper>
  );
}

/** The close guards' answer (409): each thing that still blocks closing, in the server's words. */
function CloseProblems({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('incidents.phase_bar.blocked')}
      role="alert"
    >
      <Text size="sm">{error.detail}</Text>
      {error.fieldErrors.length > 0 && (
        <List size="sm" mt={6}>
          {error.fieldErrors.map((e) => (
            <List.Item key={e.message}>{e.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
