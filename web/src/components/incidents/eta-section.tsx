// The expected recovery time with its confidence, set in one step, and how the expectation changed over time.
import { useState, type FormEvent } from 'react';
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Timeline } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { CONFIDENCES, useIncidentChange, type Confidence, type IncidentDetail } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { FormAlert } from '../form-alert';
import { IncidentSection } from './incident-section';
import { confidenceColor } from './incident-colors';
import { fromLocalInput, relativeTime, toLocalInput } from './when';

export function EtaSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const canAct = incident.can_act && incident.phase !== 'closed';
  const history = [...incident.eta_history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <IncidentSection id="eta" title={t('incidents.eta.title')} description={t('incidents.eta.intro')}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconClockHour4
          size={28}
          aria-hidden
          color={`var(--mantine-color-${incident.eta_at ? 'blue' : 'gray'}-6)`}
        />
        <Stack gap={0}>
          <Text fw={700} fz="lg">
            {incident.eta_at ? formatDateTime(incident.eta_at) : t('incidents.eta.unknown')}
          </Text>
          {incident.eta_at && (
            <Text size="sm" c="dimmed">
              {relativeTime(incident.eta_at)}
              {incident.eta_confidence && ` · ${t(`incidents.confidence.${incident.eta_confidence}`)}`}
            </Text>
          )}
        </Stack>
      </Group>
      {canAct && (
        // Keyed by the current value: a change by someone else resets the fields to it.
        <EtaForm key={`${incident.eta_at}:${incident.eta_confidence}`} incident={incident} ikey={ikey} />
      )}
      {history.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('incidents.eta.history')}
          </Text>
          <Timeline bulletSize={12} lineWidth={2}>
            {history.map((h) => (
              <Timeline.Item
                key={h.at}
                title={h.eta_at ? formatDateTime(h.eta_at) : t('incidents.eta.unknown')}
              >
                <Text size="xs" c="dimmed">
                  {[
                    h.confidence && t(`incidents.confidence.${h.confidence}`),
                    t('incidents.eta.set_by', {
                      name: h.by_name ?? t('incidents.event_sentence.system'),
                      when: formatDateTime(h.at),
                    }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </IncidentSection>
  );
}

function EtaForm({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [eta, setEta] = useState(toLocalInput(incident.eta_at));
  const [confidence, setConfidence] = useState<Confidence>(incident.eta_confidence ?? 'low');
  const save = useIncidentChange<{ eta: string | null; confidence: Confidence }>(
    ikey,
    incident.id,
    (api, v) => api.setEta(v.eta, v.confidence),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ eta: fromLocalInput(eta) ?? null, confidence });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={t('incidents.eta.new')}
          description={t('incidents.eta.new_hint')}
          value={eta}
          onChange={(e) => setEta(e.currentTarget.value)}
          error={fieldError(save.error, 'eta_at')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="eta-confidence">
            {t('incidents.eta.confidence')}
          </Text>
          <SegmentedControl
            aria-labelledby="eta-confidence"
            fullWidth
            value={confidence}
            onChange={(v) => setConfidence(v as Confidence)}
            color={confidenceColor[confidence]}
            data={CONFIDENCES.map((c) => ({ value: c, label: t(`incidents.confidence_short.${c}`) }))}
          />
        </Stack>
        <FormAlert error={save.error} fields={['eta_at']} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending && save.variables?.eta !== null}>
            {t('incidents.eta.save')}
          </Button>
          {incident.eta_at && (
            <Button
              variant="subtle"
              color="gray"
              loading={save.isPending && save.variables?.eta === null}
              onClick={() => {
                setEta('');
                save.mutate({ eta: null, confidence });
              }}
            >
              {t('incidents.eta.clear')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
