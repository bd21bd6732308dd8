// One component on the admin screen: its name and status, "Change status" for responders, edit and remove for admins.
import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StatusComponent } from '../../api/status-page';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { MoreMenu } from '../more-menu';
import { ComponentStatusBadge } from './component-status-badge';
import { localName } from './status-words';

interface Props {
  component: StatusComponent;
  isAdmin: boolean;
  onChangeStatus: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

export function ComponentRow({ component: c, isAdmin, onChangeStatus, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const name = localName(c.name, lang);
  const description = localName(c.description, lang);
  return (
    <Group
      component="li"
      justify="space-between"
      gap="sm"
      py="sm"
      wrap="wrap"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="status-component"
    >
      <Stack gap={2} style={{ flex: '1 1 220px' }} miw={0}>
        <Text fw={600} className="break-anywhere">
          {name}
        </Text>
        {description && (
          <Text size="sm" c="dimmed" className="break-anywhere">
            {description}
          </Text>
        )}
        <Group gap="xs">
          <ComponentStatusBadge status={c.status} />
          <Text size="xs" c="dimmed">
            {t('status.since', { when: formatDateTime(c.status_changed_at) })}
          </Text>
        </Group>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        <Button
          variant="light"
          size="sm"
          leftSection={<IconArrowsExchange size={16} aria-hidden />}
          onClick={onChangeStatus}
          aria-label={t('status.change.button_for', { name })}
        >
          {t('status.change.button')}
        </Button>
        {isAdmin && (
          <MoreMenu label={t('status.component.more', { name })}>
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
              {t('status.component.edit')}
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove}>
              {t('status.component.remove')}
            </Menu.Item>
          </MoreMenu>
        )}
      </Group>
    </Group>
  );
}
