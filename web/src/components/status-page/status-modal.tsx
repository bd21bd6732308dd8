// The status page screens' modal: centred, its close button labelled, its content mounted only while open (so a
// form inside starts fresh each time).
import type { ReactNode } from 'react';
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size: ModalProps['size'];
  children: ReactNode;
}

export function StatusModal({ opened, onClose, title, size, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('status.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      size={size}
    >
      {opened && children}
    </Modal>
  );
}
