// A component's status in words with its colour (the word carries the meaning; the colour is a second cue).
import { useTranslation } from 'react-i18next';
import type { ComponentStatus } from '../../api/status-page';
import { StatusBadge } from '../status-badge';
import { statusColor } from './status-words';

export function ComponentStatusBadge({ status }: { status: ComponentStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={statusColor[status]}>{t(`status.component_status.${status}`)}</StatusBadge>;
}
