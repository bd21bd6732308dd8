// After sending: the report arrived, what happens next, when to call, and what to do (and not do) meanwhile.
import { Alert, Button, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportFormInfo } from '../../api/triage';
import { PublicLayout } from '../../components/public-layout';
import { formatDateTime } from '../../lib/format';
import type { SentReport } from './report-form';

const ADVICE = ['computer', 'email', 'links', 'password', 'notes'] as const;

interface Props {
  info: ReportFormInfo;
  sent: SentReport;
  onAnother: () => void;
}

export function ReportSent({ info, sent, onAnother }: Props) {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('triage.sent.title')} width={600}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="green" variant="light" size={40} radius="xl">
          <IconCircleCheck aria-hidden />
        </ThemeIcon>
        <Stack gap={4} role="status">
          <Text fw={600}>{t('triage.sent.received', { when: formatDateTime(sent.receivedAt) })}</Text>
          <Text>
            {t('triage.sent.next')}{' '}
            {sent.withContact ? t('triage.sent.next_contact') : t('triage.sent.next_anonymous')}
          </Text>
        </Stack>
      </Group>
      <Alert
        color="orange"
        variant="light"
        icon={<IconPhone aria-hidden />}
        title={t('triage.sent.urgent_title')}
      >
        {info.urgent_phone
          ? t('triage.sent.urgent_phone', { phone: info.urgent_phone })
          : t('triage.sent.urgent_body')}
      </Alert>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('triage.sent.meanwhile')}
        </Title>
        <List spacing="xs">
          {ADVICE.map((key) => (
            <List.Item key={key}>{t(`triage.sent.advice.${key}`)}</List.Item>
          ))}
        </List>
      </Stack>
      <Button variant="default" onClick={onAnother} mt="xs">
        {t('triage.sent.another')}
      </Button>
    </PublicLayout>
  );
}
