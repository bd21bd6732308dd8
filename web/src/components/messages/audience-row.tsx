// One audience on the incident page: when it last heard from us, when the next update is due, what waits, and
// the button to write the next update.
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconPencilPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PUBLIC_STATUS_PATH } from '../../api/status-page';
import type { AudienceCommunication } from '../../api/messages';
import { formatDateTime } from '../../lib/format';
import { channelList } from './channel-words';
import { agoText, dueState } from './due';
import { DueLabel } from './due-label';
import { MessageStatusBadge } from './message-status-badge';
import { RecipientsModal } from './recipients-modal';
import { useNow } from './use-now';

interface Props {
  audience: AudienceCommunication;
  ikey: string;
  incidentId: string;
  canWrite: boolean;
}

export function AudienceRow({ audience: a, ikey, incidentId, canWrite }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const overdue = a.next_due_at !== null && dueState(a.next_due_at, now).overdue;
  const base = `/incidents/${encodeURIComponent(ikey)}/messages`;
  const [listOpen, setListOpen] = useState(false);
  // Outside audiences reached by email can get a list of people for this incident (the people affected by a breach).
  const takesList = canWrite && !a.internal && a.channels.includes('email');
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      data-testid={`audience-${a.audience_id}`}
      style={overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} miw={0} style={{ flex: '1 1 240px' }}>
          <Text fw={700}>{a.name}</Text>
          <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
            <Text size="sm" title={a.last_published_at ? formatDateTime(a.last_published_at) : undefined}>
              {a.last_published_at ? (
                <>
                  {t('messages.audience.last')}{' '}
                  {a.last_message_id ? (
                    <Anchor
                      component={Link}
                      to={`${base}/${encodeURIComponent(a.last_message_id)}`}
                      size="sm"
                    >
                      {agoText(t, a.last_published_at, now)}
                    </Anchor>
                  ) : (
                    agoText(t, a.last_published_at, now)
                  )}
                </>
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('messages.audience.none_yet')}
                </Text>
              )}
            </Text>
            {a.next_due_at ? (
              <DueLabel nextDueAt={a.next_due_at} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('messages.audience.none_due')}
              </Text>
            )}
          </Group>
          {a.waiting.length > 0 && (
            <Group gap={6} wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('messages.audience.waiting')}
              </Text>
              {a.waiting.map((w) => (
                <Anchor
                  key={w.message_id}
                  component={Link}
                  to={`${base}/${encodeURIComponent(w.message_id)}`}
                  aria-label={t('messages.audience.open_waiting', {
                    status: t(`messages.status.${w.status}`),
                    ago: agoText(t, w.updated_at, now),
                  })}
                >
                  <MessageStatusBadge status={w.status} size="sm" />
                </Anchor>
              ))}
            </Group>
          )}
          {takesList && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setListOpen(true)}
              aria-label={t('messages.recipients.open_for', { audience: a.name })}
              style={{ alignSelf: 'flex-start' }}
            >
              <Group gap={4} wrap="nowrap" component="span">
                <IconUsers size={14} aria-hidden />
                {a.uploaded_recipients > 0
                  ? t('messages.recipients.open', { count: a.uploaded_recipients })
                  : t('messages.recipients.open_none')}
              </Group>
            </Anchor>
          )}
          <Text size="xs" c="dimmed">
            {t('messages.audience.facts', {
              channels: channelList(t, a.channels),
              chain: a.approval_chain.map((r) => r.role_name).join(' → '),
            })}
          </Text>
          {a.channels.includes('status_page') && (
            <Anchor
              href={PUBLIC_STATUS_PATH}
              target="_blank"
              rel="noopener"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
            >
              <Group gap={4} wrap="nowrap" component="span">
                <IconExternalLink size={12} aria-hidden />
                {t('status.open_public')}
                <span className="sr-only"> {t('status.new_tab')}</span>
              </Group>
            </Anchor>
          )}
        </Stack>
        {canWrite && (
          <Button
            component={Link}
            to={`${base}/new?audience=${encodeURIComponent(a.audience_id)}`}
            variant={overdue ? 'filled' : 'light'}
            color={overdue ? 'red' : undefined}
            leftSection={<IconPencilPlus size={16} aria-hidden />}
            aria-label={t('messages.audience.write_for', { audience: a.name })}
          >
            {t('messages.audience.write')}
          </Button>
        )}
      </Group>
      {takesList && (
        <RecipientsModal
          opened={listOpen}
          onClose={() => setListOpen(false)}
          ikey={ikey}
          incidentId={incidentId}
          audience={a}
        />
      )}
    </Paper>
  );
}
