// The status-page part of a message as it reads: incident status, impact and the components' new statuses.
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBroadcast } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useStatusComponents, type MessageStatusPage } from '../../api/status-page';
import { currentLanguage } from '../../i18n';
import { ComponentStatusBadge } from './component-status-badge';
import { PublicPageLink } from './public-page-link';
import { localName } from './status-words';

interface Props {
  value: MessageStatusPage | null | undefined;
  published: boolean;
}

export function MessageStatusView({ value, published }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const overview = useStatusComponents(!!value);
  if (!value)
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        data-testid="message-status-page"
      >
        {t('status.message.missing')}
      </Alert>
    );
  const name = (id: string) => {
    const c = overview.data?.components.find((x) => x.id === id);
    return c ? localName(c.name, lang) : t('status.subscribers.removed_component');
  };
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      data-testid="message-status-page"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <IconBroadcast size={20} aria-hidden />
            <Title order={2} fz="lg">
              {t('status.message.title')}
            </Title>
          </Group>
          {published && <PublicPageLink variant="subtle" />}
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {t('status.message.view_status')}:
          </Text>{' '}
          {t(`status.incident_status.${value.incident_status}`)} —{' '}
          <Text span c="dimmed" size="sm">
            {t(`status.incident_status_hint.${value.incident_status}`)}
          </Text>
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('status.message.view_impact')}:
          </Text>{' '}
          {t(`status.impact.${value.impact}`)}
        </Text>
        {value.components.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('status.message.no_affected')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {published ? t('status.message.components_set') : t('status.message.components_will')}
            </Text>
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {value.components.map((c) => (
                <Group key={c.id} component="li" gap="xs">
                  <Text size="sm">{name(c.id)}</Text>
                  <ComponentStatusBadge status={c.status} />
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
