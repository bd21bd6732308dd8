// How to connect each monitoring source: the webhook URL, where the token goes, and a working example.
import { List, Stack, Tabs, Text } from '@mantine/core';
import { IconChartLine, IconFlame, IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntakeSource } from '../../api/triage';
import { Section } from '../section';
import { CopyValue } from './copy-value';

const TOKEN_PLACEHOLDER = '<token>';

export const intakeUrl = (source: IntakeSource) => `${window.location.origin}/api/v1/intake/alerts/${source}`;

function example(source: IntakeSource, token: string): string {
  const url = intakeUrl(source);
  if (source === 'alertmanager') {
    return [
      'receivers:',
      '  - name: stormbell',
      '    webhook_configs:',
      `      - url: ${url}`,
      '        send_resolved: true',
      '        http_config:',
      '          authorization:',
      '            type: Bearer',
      `            credentials: ${token}`,
    ].join('\n');
  }
  if (source === 'grafana') return `Authorization: Bearer ${token}`;
  const body = {
    title: 'Disk almost full on file server FS01',
    system: 'File servers',
    severity: 'warning',
    fingerprint: 'fs01-disk',
    status: 'firing',
  };
  return [
    `curl -X POST '${url}' \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    "  -H 'Content-Type: application/json' \\",
    `  -d '${JSON.stringify(body)}'`,
  ].join('\n');
}

const STEPS: Record<IntakeSource, number> = { alertmanager: 3, grafana: 4, generic: 3 };

/** One source's instructions; with a token when it was just created, else a placeholder. */
export function SourceInstructions({ source, token }: { source: IntakeSource; token?: string }) {
  const { t } = useTranslation();
  // Step 1 is "create a token": when the token was just created, that step is done.
  const steps = Array.from({ length: STEPS[source] }, (_, i) =>
    t(`triage.howto.${source}.step${i + 1}`),
  ).slice(token ? 1 : 0);
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {t('triage.howto.url')}
      </Text>
      <CopyValue value={intakeUrl(source)} label={t('triage.howto.copy_url')} />
      <List type="ordered" size="sm" spacing={4}>
        {steps.map((s) => (
          <List.Item key={s}>{s}</List.Item>
        ))}
      </List>
      <Text size="sm" fw={500}>
        {t(`triage.howto.${source}.example`)}
      </Text>
      <CopyValue value={example(source, token ?? TOKEN_PLACEHOLDER)} label={t('triage.howto.copy_example')} />
      <Text size="sm" c="dimmed">
        {t(`triage.howto.${source}.note`)}
      </Text>
    </Stack>
  );
}

const icons = { alertmanager: IconFlame, grafana: IconChartLine, generic: IconWebhook };

export function IntakeInstructions() {
  const { t } = useTranslation();
  return (
    <Section id="connect" title={t('triage.howto.title')} description={t('triage.howto.intro')}>
      <Tabs defaultValue="alertmanager" keepMounted={false}>
        <Tabs.List>
          {(Object.keys(icons) as IntakeSource[]).map((s) => {
            const Icon = icons[s];
            return (
              <Tabs.Tab key={s} value={s} leftSection={<Icon size={16} aria-hidden />}>
                {t(`triage.source.${s}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {(Object.keys(icons) as IntakeSource[]).map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            <SourceInstructions source={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Section>
  );
}
