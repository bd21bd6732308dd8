// Asks for a short description of the change before the plan is saved as a new version.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../form-alert';

interface Props {
  opened: boolean;
  /** The description made from what changed; the admin may rewrite it. */
  suggestion: string;
  saving: boolean;
  error: unknown;
  onSave: (description: string) => void;
  onClose: () => void;
}

export const DESCRIPTION_MAX = 300;

export function SaveModal({ opened, suggestion, saving, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan_edit.save.title')} size="lg" centered>
      {/* Mounted per opening, so the suggestion is fresh each time. */}
      {opened && (
        <SaveForm suggestion={suggestion} saving={saving} error={error} onSave={onSave} onClose={onClose} />
      )}
    </Modal>
  );
}

function SaveForm({ suggestion, saving, error, onSave, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const [description, setDescription] = useState(suggestion.slice(0, DESCRIPTION_MAX));
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!description.trim()) {
      setMissing(true);
      return;
    }
    onSave(description.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('plan_edit.save.intro')}</Text>
        <Textarea
          label={t('plan_edit.save.description')}
          description={t('plan_edit.save.description_hint')}
          required
          data-autofocus
          autosize
          minRows={2}
          maxLength={DESCRIPTION_MAX}
          value={description}
          error={missing && !description.trim() ? t('plan_edit.save.description_required') : undefined}
          onChange={(e) => setDescription(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter saves, as in a one-line field; Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
        />
        <FormAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('plan_edit.save.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
