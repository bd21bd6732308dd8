// The decisions taken, newest first: what, why, by whom and when, the alternatives and the business impact.
import type { ReactNode } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { IncidentSection } from './incident-section';
import { DecisionModal } from './decision-modal';

export function DecisionsSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const decisions = [...incident.decisions].sort((a, b) => b.decided_at.localeCompare(a.decided_at));
  return (
    <IncidentSection
      id="decisions"
      title={t('incidents.decisions.title')}
      description={t('incidents.decisions.intro')}
    >
      {incident.can_act && (
        <Group>
          <Button variant="light" leftSection={<IconGavel size={16} aria-hidden />} onClick={open}>
            {t('incidents.decisions.record')}
          </Button>
        </Group>
      )}
      {decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.decisions.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {decisions.map((d) => (
            <Card component="li" key={d.id} withBorder padding="sm">
              <Stack gap={6}>
                <Text fw={700} className="break-anywhere">
                  {d.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {d.decided_by_name
                    ? t('incidents.decisions.by', {
                        name: d.decided_by_name,
                        when: formatDateTime(d.decided_at),
                      })
                    : formatDateTime(d.decided_at)}
                </Text>
                <Labelled label={t('incidents.decisions.why')}>{d.rationale}</Labelled>
                {d.alternatives && (
                  <Labelled label={t('incidents.decisions.alternatives')}>{d.alternatives}</Labelled>
                )}
                {d.business_impact && (
                  <Labelled label={t('incidents.decisions.impact')}>{d.business_impact}</Labelled>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <DecisionModal incident={incident} ikey={ikey} opened={opened} onClose={close} />
    </IncidentSection>
  );
}

export function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
        {children}
      </Text>
    </div>
  );
}
