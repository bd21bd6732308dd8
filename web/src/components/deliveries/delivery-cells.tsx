// The cells the outbox page and a message's deliveries have in common: the state badge, the last error, and retry.
// Each caller passes its own words, since the two screens word some of them differently.
import type { ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { DeliveryStatus } from '../../api/types';
import { StatusBadge } from '../status-badge';

export const deliveryColor: Record<DeliveryStatus, string> = {
  pending: 'blue',
  sent: 'green',
  failed: 'red',
  // An exercise's message: kept here, never sent.
  captured: 'yellow',
};

export function DeliveryStatusBadge({ status, children }: { status: DeliveryStatus; children: ReactNode }) {
  return <StatusBadge color={deliveryColor[status]}>{children}</StatusBadge>;
}

/** The last error in full (it may be a long SMTP reply), or `none` in grey. */
export function LastError({ error, none }: { error: string | null; none: string }) {
  return error ? (
    <Text size="sm" c="red.9" className="break-anywhere" maw={320}>
      {error}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {none}
    </Text>
  );
}

interface RetryProps {
  label: string;
  /** Names the recipient: a row of identical "Retry" buttons is no help to a screen reader. */
  ariaLabel: string;
  loading: boolean;
  onClick: () => void;
}

export function RetryButton({ label, ariaLabel, loading, onClick }: RetryProps) {
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconRefresh size={14} aria-hidden />}
      loading={loading}
      aria-label={ariaLabel}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
