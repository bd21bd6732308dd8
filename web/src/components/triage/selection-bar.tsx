// The bar that appears once reports are ticked: act on all of them at once, or clear the selection.
import { Button, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DeclareIncidentButton } from './declare-incident-button';

interface Props {
  ids: string[];
  onMerge: () => void;
  onDismiss: () => void;
  onClear: () => void;
}

export function SelectionBar({ ids, onMerge, onDismiss, onClear }: Props) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      radius="md"
      pos="sticky"
      bottom={12}
      mt="md"
      style={{ zIndex: 5 }}
      role="region"
      aria-label={t('triage.selection.label')}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" aria-live="polite">
            {t('triage.selection.count', { count: ids.length })}
          </Text>
          <CloseButton
            aria-label={t('triage.selection.clear')}
            title={t('triage.selection.clear')}
            onClick={onClear}
          />
        </Group>
        <Group gap="xs">
          <DeclareIncidentButton reportIds={ids} size="sm" label={t('triage.selection.declare')} />
          <Button variant="default" size="sm" onClick={onMerge}>
            {t('triage.merge.button')}
          </Button>
          <Button variant="default" size="sm" onClick={onDismiss}>
            {t('triage.dismiss.button')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
