// A notification draft to edit: the fields by section, pre-filled from the incident; save sends what changed.
// Downloads hold the saved draft, so unsaved changes are pointed out beside them.
import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSaveDraft, type ObligationDraft } from '../../api/legal';
import { FormAlert } from '../form-alert';
import { ConfirmLeave } from '../confirm-leave';
import { DraftFieldInput } from './draft-field';
import { changedFields, draftSections } from './draft-sections';

interface Props {
  draft: ObligationDraft;
  ikey: string;
  incidentId: string;
  obligationId: string;
  readOnly: boolean;
}

export function DraftForm({ draft, ikey, incidentId, obligationId, readOnly }: Props) {
  const { t } = useTranslation();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveDraft(ikey, incidentId, obligationId, () => {
    setEdits({});
    setSaved(true);
  });
  const changed = changedFields(draft.fields, edits);
  const dirty = Object.keys(changed).length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dirty) save.mutate(changed);
  };
  return (
    <form onSubmit={submit} noValidate style={{ maxWidth: 880 }}>
      <ConfirmLeave
        when={dirty && !readOnly}
        title={t('legal.draft.leave.title')}
        confirmLabel={t('legal.draft.leave.confirm')}
      >
        {t('legal.draft.leave.body')}
      </ConfirmLeave>
      <Stack gap="lg">
        {draftSections(draft.fields).map((s) => (
          <Paper key={s.section} withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section">
            <Stack gap="md">
              <Title order={2} fz="lg">
                {s.section}
              </Title>
              {s.fields.map((f) => (
                <DraftFieldInput
                  key={f.key}
                  field={f}
                  value={edits[f.key] ?? f.value}
                  edited={f.key in changed}
                  readOnly={readOnly}
                  onChange={(v) => {
                    setEdits((e) => ({ ...e, [f.key]: v }));
                    setSaved(false);
                  }}
                />
              ))}
            </Stack>
          </Paper>
        ))}
        {!readOnly && (
          <Paper
            withBorder
            radius="md"
            p="sm"
            // Kept in sight while there is something to save; otherwise it sits at the end.
            pos={dirty ? 'sticky' : 'static'}
            bottom={0}
            style={{ zIndex: 2 }}
            className="no-print"
          >
            <Group justify="space-between" gap="sm">
              <Text size="sm" c={dirty ? 'yellow.9' : 'dimmed'} role="status">
                {dirty
                  ? t('legal.draft.unsaved_count', { count: Object.keys(changed).length })
                  : saved
                    ? t('legal.draft.saved')
                    : t('legal.draft.all_saved')}
              </Text>
              <Button
                type="submit"
                disabled={!dirty}
                loading={save.isPending}
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              >
                {t('legal.draft.save')}
              </Button>
            </Group>
            <FormAlert error={save.error} />
          </Paper>
        )}
      </Stack>
    </form>
  );
}
