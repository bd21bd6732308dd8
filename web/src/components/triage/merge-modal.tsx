// Merging reports into an open incident: pick the incident; each report goes on its timeline.
import { useState } from 'react';
import { Badge, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { forEachReport, triageApi, useOpenIncidents, type OpenIncident } from '../../api/triage';
import { FormAlert } from '../form-alert';
import { QueryState } from '../query-state';
import { DeclareIncidentButton } from './declare-incident-button';
import { SourceReports } from './source-reports';

interface Props {
  reportIds: readonly string[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function MergeModal({ reportIds, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const incidents = useOpenIncidents(opened);
  const client = useQueryClient();
  const [incidentId, setIncidentId] = useState('');
  const [missing, setMissing] = useState(false);

  const merge = useMutation({
    mutationFn: () => forEachReport(reportIds, (id) => triageApi.merge(id, incidentId)),
    onSettled: () => client.invalidateQueries({ queryKey: ['reports'] }),
    onSuccess: () => {
      const reference = incidents.data?.find((i) => i.id === incidentId)?.reference ?? '';
      void client.invalidateQueries({ queryKey: ['incidents'] });
      notifications.show({
        color: 'green',
        message: t('triage.merge.done', { count: reportIds.length, reference }),
      });
      setIncidentId('');
      onDone();
    },
  });

  const submit = () => {
    if (!incidentId) return setMissing(true);
    merge.mutate();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('triage.merge.title')} size="lg" fullScreen={phone}>
      <Stack gap="md">
        <Text size="sm">{t('triage.merge.intro')}</Text>
        <SourceReports ids={reportIds} label={t('triage.merge.reports', { count: reportIds.length })} />
        <QueryState query={incidents} rows={3}>
          {(items) =>
            items.length === 0 ? (
              <Text size="sm" fw={500}>
                {t('triage.merge.none_open')}
              </Text>
            ) : (
              <Radio.Group
                label={t('triage.merge.incident')}
                required
                value={incidentId}
                onChange={(v) => {
                  setIncidentId(v);
                  setMissing(false);
                }}
                error={missing ? t('triage.merge.incident_required') : undefined}
              >
                <Stack gap="xs" mt="xs">
                  {items.map((incident) => (
                    <IncidentChoice key={incident.id} incident={incident} />
                  ))}
                </Stack>
              </Radio.Group>
            )
          }
        </QueryState>
        <FormAlert error={merge.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {incidents.data?.length === 0 ? (
            <DeclareIncidentButton reportIds={[...reportIds]} />
          ) : (
            <Button onClick={submit} loading={merge.isPending}>
              {t('triage.merge.submit', { count: reportIds.length })}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function IncidentChoice({ incident }: { incident: OpenIncident }) {
  const { t } = useTranslation();
  return (
    <Radio.Card value={incident.id} radius="md" p="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2} miw={0}>
          <Text fw={600} size="sm" className="break-anywhere">
            {incident.reference} · {incident.title}
          </Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {[incident.severity_name, incident.scenario_name, t(`triage.phase.${incident.phase}`)].join(
                ' · ',
              )}
            </Text>
            {incident.exercise && (
              <Badge size="xs" color="grape" variant="light">
                {t('triage.merge.exercise')}
              </Badge>
            )}
          </Group>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
