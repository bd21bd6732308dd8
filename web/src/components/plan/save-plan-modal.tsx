// Asks for a short description of a change before the plan is saved as a new version.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { FormAlert } from '../form-alert';

interface Props {
  opened: boolean;
  loading: boolean;
  error: unknown;
  /** `force`: save even though someone else saved a newer version meanwhile (after a conflict). */
  onSave: (description: string, force: boolean) => void;
  onClose: () => void;
}

/** As long as the server accepts. */
export const DESCRIPTION_MAX = 300;

export function SavePlanModal({ opened, loading, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const conflict = error instanceof ApiError && error.status === 409;
  const send = (force: boolean) => {
    const text = description.trim();
    if (!text) return setMissing(true);
    onSave(text, force);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(false);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.save.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('plan.save.intro')}</Text>
          <TextInput
            label={t('plan.save.description')}
            placeholder={t('plan.save.placeholder')}
            value={description}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
              setMissing(false);
            }}
            maxLength={DESCRIPTION_MAX}
            error={missing ? t('plan.save.description_missing') : undefined}
            required
            data-autofocus
          />
          <FormAlert error={error} />
          {conflict && <Text size="sm">{t('plan.save.conflict')}</Text>}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {conflict ? (
              <Button color="orange" loading={loading} onClick={() => send(true)}>
                {t('plan.save.force')}
              </Button>
            ) : (
              <Button type="submit" loading={loading}>
                {t('plan.save.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
