// One legal duty on the incident page: its name in plain words, to whom, the live countdown, what became of it
// (submitted with the authority's reference, or not required with the reasoning), and what to do next.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBan, IconFilePlus, IconFileText, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Obligation, Regulatory } from '../../api/legal';
import { useAccount } from '../../lib/session';
import { useNow } from '../messages/use-now';
import { ClockLabel } from './clock-label';
import { TONE_COLOR, clockState } from './countdown';
import { isRegister, kindName, legalTime, recipient, submissionWords } from './legal-words';
import { SubmissionLine } from './submission-line';

interface Props {
  obligation: Obligation;
  regulatory: Regulatory;
  ikey: string;
  canAct: boolean;
  onNotRequired: () => void;
  onSubmit: () => void;
  /** Adds a follow-up to a submitted notification (GDPR art. 33(4)). */
  onFollowUp: () => void;
  followingUp?: boolean;
  /** The reference of the notification a follow-up adds to. */
  followsReference?: string | null;
}

export function ObligationRow({
  obligation: o,
  regulatory,
  ikey,
  canAct,
  onNotRequired,
  onSubmit,
  onFollowUp,
  followingUp,
  followsReference,
}: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const tone = clockState(o, now).tone;
  const name = kindName(t, o.kind, regulatory, o.sequence);
  const to = recipient(t, o.kind, regulatory);
  const draft = `/incidents/${encodeURIComponent(ikey)}/obligations/${encodeURIComponent(o.id)}`;
  const open = o.status === 'open';
  const register = isRegister(o.kind);
  // The register spans every breach: responders and up (the API refuses it to viewers).
  const readsRegister = useAccount().access_level !== 'viewer';
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="li"
      data-testid={`obligation-${o.kind}`}
      style={
        tone === 'red' || tone === 'amber'
          ? { borderColor: `var(--mantine-color-${TONE_COLOR[tone]}-6)`, borderWidth: 2 }
          : undefined
      }
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0} miw={0}>
            <Text fw={700}>{name}</Text>
            {to && (
              <Text size="sm" c="dimmed">
                {t('legal.obligation.to', { name: to })}
              </Text>
            )}
          </Stack>
          {o.status !== 'open' && (
            <Badge
              color={o.status === 'submitted' ? 'green' : 'gray'}
              variant="light"
              style={{ flexShrink: 0 }}
            >
              {t(`legal.status.${o.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`legal.duty.${o.kind}`)}
        </Text>
        {followsReference && (
          <Text size="sm">{t('legal.obligation.follows', { reference: followsReference })}</Text>
        )}
        <ClockLabel obligation={o} />
        <SubmissionLine obligation={o} />
        {o.not_required && (
          <Stack gap={2}>
            <Text size="sm">
              {t('legal.obligation.not_required', {
                when: legalTime(o.not_required.at),
                name: o.not_required.decided_by_name ?? t('legal.someone'),
              })}
            </Text>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {o.not_required.reasoning}
            </Text>
          </Stack>
        )}
        {canAct && o.can_follow_up && (
          <Text size="sm" c="dimmed">
            {t('legal.obligation.follow_up_hint')}
          </Text>
        )}
        <Group gap="xs">
          {o.status !== 'not_required' && (
            <Button
              component={Link}
              to={draft}
              size="xs"
              variant={open ? 'light' : 'default'}
              leftSection={<IconFileText size={14} aria-hidden />}
              aria-label={t(open ? 'legal.obligation.open_draft_for' : 'legal.obligation.open_sent_for', {
                name,
              })}
            >
              {t(open ? 'legal.obligation.open_draft' : 'legal.obligation.open_sent')}
            </Button>
          )}
          {canAct && open && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconSend size={14} aria-hidden />}
              onClick={onSubmit}
              aria-label={t(`legal.obligation.record_for.${submissionWords(o.kind)}`, { name })}
            >
              {t(`legal.obligation.record.${submissionWords(o.kind)}`)}
            </Button>
          )}
          {canAct && open && !register && (
            <>
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                leftSection={<IconBan size={14} aria-hidden />}
                onClick={onNotRequired}
                aria-label={t('legal.obligation.mark_not_required_for', { name })}
              >
                {t('legal.obligation.mark_not_required')}
              </Button>
            </>
          )}
          {canAct && o.can_follow_up && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFilePlus size={14} aria-hidden />}
              onClick={onFollowUp}
              loading={followingUp}
              aria-label={t('legal.obligation.follow_up_for', { name })}
            >
              {t('legal.obligation.follow_up')}
            </Button>
          )}
          {register && readsRegister && (
            <Anchor component={Link} to="/breach-register" size="sm">
              {t('legal.obligation.register_link')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
