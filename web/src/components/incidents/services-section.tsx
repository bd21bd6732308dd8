// The plan's services and their state in this incident; a responder changes a state in one step.
import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  SERVICE_STATES,
  useIncidentChange,
  type IncidentDetail,
  type ServiceState,
} from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { criticalityColor } from '../plan/services-section';
import { IncidentSection } from './incident-section';
import { StatusBadge } from '../status-badge';
import { serviceStateColor } from './incident-colors';
import { relativeTime } from './when';

export function ServicesSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const change = useIncidentChange<{ id: string; state: ServiceState }>(ikey, incident.id, (api, v) =>
    api.setServiceState(v.id, v.state),
  );
  const canAct = incident.can_act && incident.phase !== 'closed';
  const states = SERVICE_STATES.map((s) => ({ value: s, label: t(`incidents.service_state.${s}`) }));
  return (
    <IncidentSection
      id="services"
      title={t('incidents.services.title')}
      description={t('incidents.services.intro')}
    >
      {incident.services.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.services.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {incident.services.map((s) => (
            <Group
              component="li"
              key={s.service_id}
              justify="space-between"
              gap="xs"
              py={6}
              wrap="nowrap"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Stack gap={0} miw={0}>
                <Text fw={600} size="sm" className="break-anywhere">
                  {s.name}
                </Text>
                <Group gap={6}>
                  <Badge
                    size="xs"
                    variant="light"
                    tt="none"
                    color={criticalityColor[s.criticality as keyof typeof criticalityColor] ?? 'gray'}
                  >
                    {t(`plan.criticality.${s.criticality}`, { defaultValue: s.criticality })}
                  </Badge>
                  {s.state !== 'operational' && (
                    <Text size="xs" c="dimmed">
                      {relativeTime(s.updated_at)}
                    </Text>
                  )}
                </Group>
              </Stack>
              {canAct ? (
                <Select
                  aria-label={t('incidents.services.state_of', { name: s.name })}
                  data={states}
                  value={s.state}
                  onChange={(v) =>
                    v && v !== s.state && change.mutate({ id: s.service_id, state: v as ServiceState })
                  }
                  allowDeselect={false}
                  disabled={change.isPending && change.variables?.id === s.service_id}
                  w={165}
                  style={{ flexShrink: 0 }}
                  leftSection={<Dot color={serviceStateColor[s.state]} />}
                />
              ) : (
                <StatusBadge color={serviceStateColor[s.state]}>
                  {t(`incidents.service_state.${s.state}`)}
                </StatusBadge>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <FormAlert error={change.error} />
    </IncidentSection>
  );
}

function Dot({ color }: { color: string }) {
  return (
    <span
      aria-hidden
      style={{ width: 10, height: 10, borderRadius: 5, background: `var(--mantine-color-${color}-6)` }}
    />
  );
}
