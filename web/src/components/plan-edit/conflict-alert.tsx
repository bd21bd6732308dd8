// Someone else saved the plan after this draft began: say so, show what they changed, and offer to start again.
import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  baseVersion: number;
  latestVersion: number;
  onReload: () => void;
  onDismiss: () => void;
}

// A long label wraps on a phone rather than pushing the alert wider than the screen.
const wrapping = { label: { whiteSpace: 'normal' as const, textAlign: 'left' as const, lineHeight: 1.35 } };

export function ConflictAlert({ baseVersion, latestVersion, onReload, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconGitMerge aria-hidden />}
      title={t('plan_edit.conflict.title')}
      role="alert"
      id="plan-edit-conflict"
      style={{ scrollMarginTop: 80 }}
    >
      <Text size="sm">{t('plan_edit.conflict.body', { base: baseVersion, latest: latestVersion })}</Text>
      <Anchor
        component={Link}
        to={`/plan/diff?from=${baseVersion}&to=${latestVersion}`}
        size="sm"
        target="_blank"
      >
        {t('plan_edit.conflict.see_changes', { latest: latestVersion })}
      </Anchor>
      <Group gap="xs" mt="sm">
        <Button color="orange" onClick={onReload} h="auto" py={6} styles={wrapping}>
          {t('plan_edit.conflict.reload', { latest: latestVersion })}
        </Button>
        <Button variant="default" onClick={onDismiss}>
          {t('plan_edit.conflict.keep')}
        </Button>
      </Group>
    </Alert>
  );
}
