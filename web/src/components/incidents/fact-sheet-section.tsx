// The fact sheet: the one version of the facts every audience hears; its current version and the earlier ones.
import { useState } from 'react';
import { Accordion, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFactSheetVersions, type FactSheet, type IncidentDetail } from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { QueryState } from '../query-state';
import { IncidentSection } from './incident-section';
import { Labelled } from './decisions-section';
import { FACT_FIELDS, FactSheetModal } from './fact-sheet-modal';

export function FactSheetSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [history, setHistory] = useState<string | null>(null);
  const versions = useFactSheetVersions(ikey, history === 'versions');
  const sheet = incident.fact_sheet;
  return (
    <IncidentSection id="facts" title={t('incidents.facts.title')} description={t('incidents.facts.intro')}>
      {incident.can_act && (
        <Group>
          <Button variant="light" leftSection={<IconFileText size={16} aria-hidden />} onClick={open}>
            {sheet ? t('incidents.facts.edit') : t('incidents.facts.write')}
          </Button>
        </Group>
      )}
      {sheet ? (
        <Sheet sheet={sheet} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('incidents.facts.none')}
        </Text>
      )}
      {sheet && sheet.version > 1 && (
        <Accordion value={history} onChange={setHistory} variant="contained">
          <Accordion.Item value="versions">
            <Accordion.Control>{t('incidents.facts.versions', { count: sheet.version })}</Accordion.Control>
            <Accordion.Panel>
              <QueryState query={versions} rows={3}>
                {(items) => (
                  <Stack gap="lg">
                    {[...items]
                      .sort((a, b) => b.version - a.version)
                      .map((v) => (
                        <Sheet key={v.version} sheet={v} />
                      ))}
                  </Stack>
                )}
              </QueryState>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <FactSheetModal incident={incident} ikey={ikey} opened={opened} onClose={close} />
    </IncidentSection>
  );
}

function Sheet({ sheet }: { sheet: FactSheet }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {t('incidents.facts.version_line', {
          version: sheet.version,
          name: sheet.author_name ?? t('incidents.event_sentence.system'),
          when: formatDateTime(sheet.created_at),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        {FACT_FIELDS.map((f) => (
          <Labelled key={f} label={t(`incidents.facts.field.${f}`)}>
            {sheet[f]}
          </Labelled>
        ))}
        <Labelled label={t('incidents.facts.field.next_update_at')}>
          {sheet.next_update_at ? formatDateTime(sheet.next_update_at) : t('incidents.facts.no_next_update')}
        </Labelled>
      </SimpleGrid>
    </Stack>
  );
}
