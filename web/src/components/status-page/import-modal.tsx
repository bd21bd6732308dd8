// Admin: import subscribers from CSV, chosen as a file or pasted. Nothing is imported while any line is wrong:
// every bad line is listed with its number and what is wrong with it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Code, FileInput, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { statusApi, useStatusChange } from '../../api/status-page';
import { FormAlert } from '../form-alert';
import { StatusModal } from './status-modal';

export const CSV_EXAMPLE = 'email,language,components\nanna@example.org,nl,\nbob@example.com,en,';

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <StatusModal opened={opened} onClose={onClose} title={t('status.import.title')} size="xl">
      <ImportForm onClose={onClose} />
    </StatusModal>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [byMail, setByMail] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const run = useStatusChange(
    () => statusApi.importSubscribers(csv, byMail),
    (r) => {
      notifications.show({
        color: 'green',
        message: t('status.import.done', { count: r.imported, already: r.already_subscribed }),
      });
      onClose();
    },
  );
  const pick = async (f: File | null) => {
    setFile(f);
    setReadError(null);
    run.reset();
    if (!f) return;
    try {
      setCsv(await f.text());
    } catch {
      setReadError(t('status.import.read_error', { name: f.name }));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate(undefined);
  };
  const lines =
    run.error instanceof ApiError
      ? run.error.fieldErrors.filter((e) => typeof e.line === 'number').sort((a, b) => a.line! - b.line!)
      : [];
  // The list sits below the text: bring it into view (on a phone it is otherwise below the fold).
  const problemsRef = useRef<HTMLDivElement>(null);
  const failed = run.isError;
  useEffect(() => {
    if (failed) problemsRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [failed]);
  const lineCount = csv ? csv.split(/\r?\n/).filter((l) => l.trim()).length : 0;
  return (
    <form onSubmit={submit} noValidate aria-label={t('status.import.title')}>
      <Stack gap="md">
        <Text size="sm">{t('status.import.intro')}</Text>
        <Code block>{CSV_EXAMPLE}</Code>
        <Text size="xs" c="dimmed">
          {t('status.import.columns')}
        </Text>
        <FileInput
          label={t('status.import.file')}
          placeholder={t('status.import.file_placeholder')}
          accept=".csv,text/csv,text/plain"
          leftSection={<IconFileUpload size={16} aria-hidden />}
          value={file}
          onChange={(f) => void pick(f)}
          clearable
          error={readError}
        />
        <Textarea
          label={t('status.import.paste')}
          description={t('status.import.paste_hint')}
          autosize
          minRows={5}
          maxRows={14}
          value={csv}
          onChange={(e) => {
            setCsv(e.currentTarget.value);
            run.reset();
          }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={!csv && run.error ? t('status.import.empty') : undefined}
        />
        <Checkbox
          label={t('status.import.by_mail')}
          description={t('status.import.by_mail_hint')}
          checked={byMail}
          onChange={(e) => setByMail(e.currentTarget.checked)}
        />
        {!!run.error && (
          <div ref={problemsRef}>
            {lines.length > 0 ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle aria-hidden />}
                title={t('status.import.bad_lines', { count: lines.length })}
                role="alert"
              >
                <Text size="sm">{t('status.import.nothing_imported')}</Text>
                <List size="sm" mt={4} data-testid="import-problems">
                  {lines.map((l) => (
                    <List.Item key={`${l.line}:${l.field}:${l.message}`}>
                      {t('status.import.line', { line: l.line, field: l.field, message: l.message })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <FormAlert error={run.error} fields={['csv']} />
            )}
          </div>
        )}
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {lineCount > 1 ? t('status.import.rows', { count: lineCount - 1 }) : ''}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={run.isPending} disabled={!csv.trim()}>
              {t('status.import.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
