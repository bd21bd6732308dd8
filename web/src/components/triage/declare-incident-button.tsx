// "Declare an incident": the button and its dialog, used in triage (from reports) and on the incident list.
import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeclareIncidentModal } from './declare-incident-modal';

interface Props {
  /** The triage reports the incident comes from; none when declaring directly. */
  reportIds?: string[];
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  fullWidth?: boolean;
  /** The button's words; "Declare an incident" by default. */
  label?: string;
}

export function DeclareIncidentButton({ reportIds = [], variant = 'filled', size, fullWidth, label }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        color="red"
        variant={variant}
        size={size}
        fullWidth={fullWidth}
        leftSection={<IconAlertTriangle size={18} aria-hidden />}
        onClick={open}
      >
        {label ?? t('triage.declare.button')}
      </Button>
      <DeclareIncidentModal opened={opened} onClose={close} reportIds={reportIds} />
    </>
  );
}
