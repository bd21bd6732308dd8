// A built-in script to choose: its title, length, injects and expectations, objectives, and the start button.
import { Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScriptSummary } from '../../api/exercises';
import { usePlanNames } from './exercise-words';

export function ScriptCard({ script, onStart }: { script: ScriptSummary; onStart?: () => void }) {
  const { t } = useTranslation();
  const names = usePlanNames();
  return (
    <Card component="li" withBorder radius="md" padding="md" aria-label={script.title}>
      <Stack gap="xs" h="100%">
        <Group gap={6} wrap="wrap">
          <Badge variant="light" tt="none">
            {names.scenario(script.scenario_id)}
          </Badge>
          <Badge variant="default" tt="none">
            {t(`language.${script.language}`)}
          </Badge>
        </Group>
        <Text fw={700} fz="lg" lh={1.3}>
          {script.title}
        </Text>
        <Text size="sm" c="dimmed">
          {t('exercises.script.facts', {
            minutes: script.duration_minutes,
            injects: script.injects,
            expectations: script.expectations,
          })}
        </Text>
        {script.objectives.length > 0 && (
          <List size="sm" spacing={2}>
            {script.objectives.map((o) => (
              <List.Item key={o.id}>{o.description}</List.Item>
            ))}
          </List>
        )}
        <Text size="sm">
          {t('exercises.script.roles', { roles: script.roles.map(names.role).join(', ') })}
        </Text>
        {onStart && (
          <Button
            mt="auto"
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={onStart}
            aria-label={t('exercises.script.start_named', { title: script.title })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('exercises.script.start')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
