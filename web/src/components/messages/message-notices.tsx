// What a reader of a message must know besides the next step: facts that changed since it was written, why it
// was sent back, and which message it corrects or was corrected by.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconMessageX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Message } from '../../api/messages';
import { formatDateTime } from '../../lib/format';

interface Props {
  message: Message;
  ikey: string;
  /** The fact sheet version now in force, to say how far behind the text is. */
  currentFacts: number | null;
}

export function MessageNotices({ message: m, ikey, currentFacts }: Props) {
  const { t } = useTranslation();
  const incident = `/incidents/${encodeURIComponent(ikey)}`;
  const messageLink = (id: string) => `${incident}/messages/${encodeURIComponent(id)}`;
  return (
    <Stack gap="sm">
      {m.rejection && m.status === 'draft' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconMessageX aria-hidden />}
          title={t('messages.notice.rejected_title')}
        >
          <Text size="sm" fw={600} className="pre-wrap">
            “{m.rejection.comment}”
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('messages.notice.rejected_by', {
              name: m.rejection.by_name ?? t('messages.approvals.someone'),
              when: formatDateTime(m.rejection.at),
            })}
          </Text>
        </Alert>
      )}
      {m.facts_changed && m.status !== 'published' && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('messages.notice.facts_title')}
        >
          <Text size="sm">
            {t('messages.notice.facts_body', {
              written: m.fact_sheet_version ?? t('messages.notice.no_facts'),
              current: currentFacts ?? '',
            })}{' '}
            <Anchor component={Link} to={`${incident}?tab=facts#facts`} size="sm" fw={600}>
              {t('messages.notice.facts_link')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {m.corrects_id && (
        <Alert color="grape" variant="light" icon={<IconArrowBackUp aria-hidden />}>
          <Text size="sm">
            {t('messages.notice.corrects')}{' '}
            <Anchor component={Link} to={messageLink(m.corrects_id)} size="sm" fw={600}>
              {t('messages.notice.open_original')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {m.corrected_by_id && (
        <Alert color="grape" variant="light" icon={<IconArrowBackUp aria-hidden />}>
          <Text size="sm">
            {t('messages.notice.corrected_by')}{' '}
            <Anchor component={Link} to={messageLink(m.corrected_by_id)} size="sm" fw={600}>
              {t('messages.notice.open_correction')}
            </Anchor>
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
