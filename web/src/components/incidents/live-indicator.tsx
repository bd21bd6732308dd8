// A small "Live" / "Reconnecting…" sign, so people know whether what they see is current.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../lib/use-incident-events';

const colors: Record<LiveState, string> = { connecting: 'gray', live: 'green', reconnecting: 'orange' };

export function LiveIndicator({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`incidents.live.${state}_hint`)} multiline w={260} withArrow>
      <Badge
        variant="dot"
        color={colors[state]}
        tt="none"
        size="md"
        role="status"
        aria-live="polite"
        miw="max-content"
        tabIndex={0}
      >
        {t(`incidents.live.${state}`)}
      </Badge>
    </Tooltip>
  );
}
