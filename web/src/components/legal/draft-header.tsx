// The top of a draft's page: back to the incident, the duty's name and its clock, what became of it (sent with
// the authority's reference, or not required), the downloads and recording the submission.
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBan, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IncidentDetail } from '../../api/incidents';
import type { Obligation, Regulatory } from '../../api/legal';
import { usePageTitle } from '../../lib/use-page-title';
import { ExerciseBadge } from '../incidents/incident-flags';
import { ClockLabel } from './clock-label';
import { DraftDownloads } from './draft-downloads';
import { kindName, legalTime, recipient, submissionWords } from './legal-words';
import { SubmissionLine } from './submission-line';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  obligation: Obligation;
  regulatory: Regulatory;
  onSubmit: () => void;
}

export function DraftHeader({ incident, ikey, obligation: o, regulatory, onSubmit }: Props) {
  const { t } = useTranslation();
  const name = kindName(t, o.kind, regulatory);
  const to = recipient(t, o.kind, regulatory);
  usePageTitle(name);
  return (
    <Stack gap="md" mb="lg" maw={880}>
      <Anchor component={Link} to={`/incidents/${encodeURIComponent(ikey)}?tab=legal#legal`} size="sm">
        <Group gap={4} wrap="nowrap" component="span">
          <IconArrowLeft size={16} aria-hidden style={{ flexShrink: 0 }} />
          <span>
            {incident.reference} · {incident.title}
          </span>
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} fz={{ base: 22, sm: 28 }}>
            {name}
          </Title>
          {incident.exercise && <ExerciseBadge />}
        </Group>
        {to && <Text c="dimmed">{t('legal.obligation.to', { name: to })}</Text>}
        <Text size="sm" c="dimmed">
          {t(`legal.duty.${o.kind}`)}
        </Text>
      </Stack>
      <ClockLabel obligation={o} />
      {o.submission && (
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t(`legal.draft.done_title.${submissionWords(o.kind)}`)}
        >
          <SubmissionLine obligation={o} />
          <Text size="sm">{t('legal.draft.frozen_note')}</Text>
        </Alert>
      )}
      {o.not_required && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconBan aria-hidden />}
          title={t('legal.status.not_required')}
        >
          <Text size="sm">
            {t('legal.obligation.not_required', {
              when: legalTime(o.not_required.at),
              name: o.not_required.decided_by_name ?? t('legal.someone'),
            })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {o.not_required.reasoning}
          </Text>
        </Alert>
      )}
      <Group gap="xs" justify="space-between">
        <DraftDownloads incidentId={incident.id} obligationId={o.id} />
        {incident.can_act && incident.phase !== 'closed' && o.status === 'open' && (
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={onSubmit}>
            {t(`legal.obligation.record.${submissionWords(o.kind)}`)}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
