// The flags that change how an incident must be handled: an exercise, need-to-know, personal data involved.
import { Badge, Group } from '@mantine/core';
import { IconLock, IconSchool, IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../api/incidents';

export function IncidentFlags({ incident, size = 'md' }: { incident: Incident; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const icon = size === 'lg' ? 16 : 13;
  if (!incident.exercise && !incident.restricted && incident.personal_data !== 'yes') return null;
  return (
    <Group gap={6} wrap="wrap">
      {incident.exercise && <ExerciseBadge size={size} />}
      {incident.restricted && (
        <Badge
          size={size}
          color="dark"
          variant="filled"
          leftSection={<IconLock size={icon} aria-hidden />}
          title={t('incidents.flags.restricted_hint')}
        >
          {t('incidents.flags.restricted')}
        </Badge>
      )}
      {incident.personal_data === 'yes' && (
        <Badge
          size={size}
          color="grape"
          variant="light"
          tt="none"
          leftSection={<IconUserShield size={icon} aria-hidden />}
        >
          {t('incidents.flags.personal_data')}
        </Badge>
      )}
    </Group>
  );
}

/** EXERCISE / OEFENING: in capitals and yellow, so nobody takes a drill for the real thing, or the reverse. */
export function ExerciseBadge({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      color="yellow.4"
      c="dark.9"
      variant="filled"
      leftSection={<IconSchool size={size === 'lg' ? 16 : 13} aria-hidden />}
      style={{ border: '1px solid var(--mantine-color-yellow-7)' }}
    >
      {t('incidents.flags.exercise')}
    </Badge>
  );
}
