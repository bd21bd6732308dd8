// The bar at the bottom of the editor: whether there are unsaved changes, the last save, Discard and Save.
import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  dirty: boolean;
  problems: number;
  /** The version this editor saved last, if any. */
  savedVersion: number | null;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

export function SaveBar({ dirty, problems, savedVersion, saving, onSave, onDiscard }: Props) {
  const { t } = useTranslation();
  let status;
  if (dirty) {
    status =
      problems > 0 ? t('plan_edit.bar.unsaved_problems', { count: problems }) : t('plan_edit.bar.unsaved');
  } else if (savedVersion !== null) {
    status = (
      <Group component="span" gap={6} wrap="wrap">
        <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
        <span>{t('plan_edit.bar.saved', { version: savedVersion })}</span>
        {savedVersion > 1 && (
          <Anchor component={Link} to={`/plan/diff?from=${savedVersion - 1}&to=${savedVersion}`} fz="inherit">
            {t('plan_edit.bar.see_diff')}
          </Anchor>
        )}
      </Group>
    );
  } else {
    status = t('plan_edit.bar.clean');
  }
  return (
    <Paper
      withBorder
      shadow="md"
      radius="md"
      p={{ base: 8, sm: 'sm' }}
      mt="xl"
      pos="sticky"
      bottom={8}
      style={{ zIndex: 10 }}
    >
      <Group justify="space-between" gap={6}>
        <Text fz={{ base: 'xs', sm: 'sm' }} role="status" fw={dirty ? 600 : undefined} component="div">
          {status}
        </Text>
        <Group gap="xs" ml="auto" wrap="nowrap">
          <Button
            variant="default"
            disabled={!dirty || saving}
            onClick={onDiscard}
            px={{ base: 'sm', sm: 'lg' }}
          >
            {t('plan_edit.bar.discard')}
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            px={{ base: 'sm', sm: 'lg' }}
            disabled={!dirty}
            loading={saving}
            onClick={onSave}
          >
            {t('plan_edit.bar.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
