// One inject: when (fired, or due), what happens, from whom, to which roles and how; for the facilitator also the
// notes on playing it, the questions to ask afterwards, and firing it early.
import { Badge, Button, Card, Collapse, Group, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBolt, IconMail, IconDeviceDesktop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { offsetLabel, type ExerciseInject } from '../../api/exercises';
import { MarkdownPreview } from '../messages/markdown-preview';
import { usePlanNames } from './exercise-words';

interface Props {
  inject: ExerciseInject;
  /** Exercise time now, to say how soon an unfired inject is due. */
  nowMs?: number;
  /** The facilitator's view: notes, questions and the fire button. */
  onFire?: () => void;
  firing?: boolean;
  /** The exercise is over: an inject that never went out says so. */
  ended?: boolean;
  /** Show what happens, the notes and the questions at once; else behind a "show" button. */
  open?: boolean;
}

export function InjectCard({ inject, nowMs, onFire, firing, open = true, ended }: Props) {
  const { t } = useTranslation();
  const names = usePlanNames();
  const [shown, { toggle }] = useDisclosure(false);
  const minutesLeft = nowMs === undefined ? null : Math.max(0, Math.ceil((inject.due_ms - nowMs) / 60_000));
  const details = (
    <Stack gap={6}>
      <MarkdownPreview source={inject.body} />
      {inject.facilitator_notes && (
        <Text size="sm" pl="xs" style={{ borderLeft: '3px solid var(--mantine-color-yellow-5)' }}>
          <Text span fw={600}>
            {t('exercises.inject.notes')}{' '}
          </Text>
          {inject.facilitator_notes}
        </Text>
      )}
      {inject.questions.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('exercises.inject.questions')}
          </Text>
          <List size="sm" spacing={2}>
            {inject.questions.map((q) => (
              <List.Item key={q}>{q}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
  return (
    <Card
      component="li"
      withBorder
      radius="md"
      padding="md"
      aria-label={inject.title}
      style={inject.fired ? undefined : { background: 'var(--mantine-color-gray-0)' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={6} wrap="wrap">
            <Text ff="monospace" fw={700} size="sm">
              {offsetLabel(inject.fired_ms ?? inject.due_ms)}
            </Text>
            {inject.fired ? (
              <Badge size="sm" color="blue" variant="light" tt="none">
                {t('exercises.inject.fired')}
              </Badge>
            ) : (
              <Badge size="sm" color="gray" variant="outline" tt="none">
                {ended
                  ? t('exercises.inject.not_sent')
                  : minutesLeft === null
                    ? t('exercises.inject.planned')
                    : t('exercises.inject.due_in', { count: minutesLeft })}
              </Badge>
            )}
            {inject.early && (
              <Badge size="sm" color="grape" variant="light" tt="none">
                {t('exercises.inject.early')}
              </Badge>
            )}
            {inject.ad_hoc && (
              <Badge size="sm" color="cyan" variant="light" tt="none">
                {t('exercises.inject.ad_hoc')}
              </Badge>
            )}
          </Group>
          {onFire && !inject.fired && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconBolt size={14} aria-hidden />}
              loading={firing}
              onClick={onFire}
              aria-label={t('exercises.inject.fire_named', { title: inject.title })}
              style={{ flexShrink: 0 }}
            >
              {t('exercises.inject.fire')}
            </Button>
          )}
        </Group>
        <Text fw={600} className="break-anywhere">
          {inject.title}
        </Text>
        <Group gap="xs" wrap="wrap">
          {inject.from && (
            <Text size="sm" c="dimmed">
              {t('exercises.inject.from', { from: inject.from })}
            </Text>
          )}
          {inject.to.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('exercises.inject.to', { roles: inject.to.map(names.role).join(', ') })}
            </Text>
          )}
          {inject.how.map((how) => (
            <Badge
              key={how}
              size="sm"
              variant="default"
              tt="none"
              leftSection={
                how === 'email' ? (
                  <IconMail size={12} aria-hidden />
                ) : (
                  <IconDeviceDesktop size={12} aria-hidden />
                )
              }
            >
              {t(`exercises.inject.how.${how}`)}
            </Badge>
          ))}
        </Group>
        {open ? (
          details
        ) : (
          <>
            <Button
              variant="subtle"
              size="compact-sm"
              px={0}
              onClick={toggle}
              aria-expanded={shown}
              style={{ alignSelf: 'flex-start' }}
            >
              {shown ? t('exercises.inject.hide_text') : t('exercises.inject.show_text')}
            </Button>
            <Collapse expanded={shown}>{details}</Collapse>
          </>
        )}
      </Stack>
    </Card>
  );
}
