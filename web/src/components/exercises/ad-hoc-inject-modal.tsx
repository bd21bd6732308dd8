// An inject the script did not have: the facilitator writes it on the spot and it goes out at once.
import { useState } from 'react';
import { Checkbox, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { useExerciseChange, type AdHocInject, type Exercise } from '../../api/exercises';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { usePlanNames } from './exercise-words';

const FIELDS = ['title', 'body', 'to', 'how', 'from'] as const;

export function AdHocInjectModal({
  exercise,
  opened,
  onClose,
}: {
  exercise: Exercise;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const names = usePlanNames();
  const empty = { title: '', body: '', to: [] as string[], email: false, from: '' };
  const [v, setV] = useState(empty);
  const add = useExerciseChange(
    exercise.id,
    (c, inject: AdHocInject) => c.adHoc(inject),
    () => {
      setV(empty);
      onClose();
    },
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('exercises.adhoc.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({
            title: v.title,
            body: v.body,
            to: v.to,
            how: v.email ? ['app', 'email'] : ['app'],
            ...(v.from.trim() ? { from: v.from } : {}),
          });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('exercises.adhoc.what')}
            description={t('exercises.adhoc.what_hint')}
            required
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
            error={fieldError(add.error, 'title')}
          />
          <Textarea
            label={t('exercises.adhoc.body')}
            description={t('exercises.adhoc.body_hint')}
            required
            autosize
            minRows={4}
            value={v.body}
            onChange={(e) => setV({ ...v, body: e.currentTarget.value })}
            error={fieldError(add.error, 'body')}
          />
          <TextInput
            label={t('exercises.adhoc.from')}
            description={t('exercises.adhoc.from_hint')}
            value={v.from}
            onChange={(e) => setV({ ...v, from: e.currentTarget.value })}
            error={fieldError(add.error, 'from')}
          />
          <MultiSelect
            label={t('exercises.adhoc.to')}
            description={t('exercises.adhoc.to_hint')}
            data={exercise.roles.map((r) => ({ value: r, label: names.role(r) }))}
            value={v.to}
            onChange={(to) => setV({ ...v, to })}
            error={fieldError(add.error, 'to')}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox
            label={t('exercises.adhoc.email')}
            description={t('exercises.adhoc.email_hint')}
            checked={v.email}
            onChange={(e) => setV({ ...v, email: e.currentTarget.checked })}
          />
          <FormAlert error={add.error} fields={FIELDS} />
          <FormButtons onCancel={onClose} submitLabel={t('exercises.adhoc.send')} loading={add.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
