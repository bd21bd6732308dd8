// The list of people an audience is emailed for this incident besides the plan's own (the people affected by a
// breach): upload a CSV file or paste it, see every bad line by its number (nothing is added then), check who is on
// the list, empty it.
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { useEmptyRecipients, useRecipients, useUploadRecipients } from '../../api/recipients';
import { ConfirmModal } from '../confirm-modal';

interface Props {
  opened: boolean;
  onClose: () => void;
  ikey: string;
  incidentId: string;
  audience: { audience_id: string; name: string };
}

/** 1 MiB is the server's limit on a request; a larger list goes up in parts. */
const MAX_BYTES = 1_000_000;

export function RecipientsModal({ opened, onClose, ikey, incidentId, audience }: Props) {
  const { t } = useTranslation();
  const list = useRecipients(ikey, incidentId, audience.audience_id, opened);
  const upload = useUploadRecipients(ikey, incidentId, audience.audience_id);
  const empty = useEmptyRecipients(ikey, incidentId, audience.audience_id);
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [replace, setReplace] = useState(false);
  const [tooBig, setTooBig] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const current = upload.data ?? list.data;
  const problems = upload.error instanceof ApiError ? upload.error.fieldErrors : [];

  const send = async () => {
    const csv = file ? await file.text() : pasted;
    setTooBig(new Blob([csv]).size > MAX_BYTES);
    if (new Blob([csv]).size > MAX_BYTES || !csv.trim()) return;
    upload.mutate(
      { csv, replace },
      {
        onSuccess: () => {
          setFile(null);
          setPasted('');
          setReplace(false);
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={() => {
        upload.reset();
        onClose();
      }}
      title={t('messages.recipients.title', { audience: audience.name })}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">{t('messages.recipients.intro')}</Text>
        {current && (
          <Text size="sm" fw={700} data-testid="recipients-total">
            {t('messages.recipients.total', {
              count: current.total,
              nl: current.by_language.nl,
              en: current.by_language.en,
            })}
          </Text>
        )}
        {upload.data?.upload && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('messages.recipients.uploaded', {
              added: upload.data.upload.added,
              already: upload.data.upload.already_listed,
              twice: upload.data.upload.duplicates_in_file,
            })}
          </Alert>
        )}
        {upload.error !== null && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title={t('messages.recipients.refused')}
            role="alert"
          >
            {problems.length > 0 ? (
              <List size="sm">
                {problems.map((p) => (
                  <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            ) : (
              errorMessage(upload.error)
            )}
          </Alert>
        )}
        <FileInput
          label={t('messages.recipients.file')}
          description={t('messages.recipients.file_hint')}
          placeholder={t('messages.recipients.file_placeholder')}
          accept=".csv,text/csv,text/plain"
          value={file}
          onChange={setFile}
          clearable
          leftSection={<IconUpload size={16} aria-hidden />}
        />
        {!file && (
          <Textarea
            label={t('messages.recipients.paste')}
            description={t('messages.recipients.paste_hint')}
            placeholder={'email,name,language\nanna@example.nl,Anna de Vries,nl'}
            autosize
            minRows={3}
            maxRows={8}
            value={pasted}
            onChange={(e) => setPasted(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
        )}
        {tooBig && (
          <Text size="sm" c="red" role="alert">
            {t('messages.recipients.too_big')}
          </Text>
        )}
        <Checkbox
          label={t('messages.recipients.replace')}
          checked={replace}
          onChange={(e) => setReplace(e.currentTarget.checked)}
        />
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="red"
            disabled={!current || current.total === 0}
            onClick={() => setConfirmEmpty(true)}
          >
            {t('messages.recipients.empty')}
          </Button>
          <Button
            onClick={() => void send()}
            loading={upload.isPending}
            disabled={!file && !pasted.trim()}
            leftSection={<IconUpload size={16} aria-hidden />}
          >
            {t('messages.recipients.upload')}
          </Button>
        </Group>
        {current && current.items.length > 0 && (
          <Table.ScrollContainer minWidth={320} mah={280}>
            <Table striped fz="sm" aria-label={t('messages.recipients.list')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('messages.recipients.email')}</Table.Th>
                  <Table.Th>{t('messages.recipients.name')}</Table.Th>
                  <Table.Th>{t('messages.recipients.language')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {current.items.map((r) => (
                  <Table.Tr key={r.email}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{r.email}</Table.Td>
                    <Table.Td>{r.name ?? ''}</Table.Td>
                    <Table.Td>{r.language}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {current.total > current.items.length && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('messages.recipients.more', { count: current.total - current.items.length })}
              </Text>
            )}
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={confirmEmpty}
        title={t('messages.recipients.empty_title')}
        confirmLabel={t('messages.recipients.empty')}
        danger
        loading={empty.isPending}
        error={empty.error}
        onConfirm={() =>
          empty.mutate(undefined, {
            onSuccess: () => {
              upload.reset();
              setConfirmEmpty(false);
            },
          })
        }
        onClose={() => setConfirmEmpty(false)}
      >
        <Text size="sm">{t('messages.recipients.empty_body', { count: current?.total ?? 0 })}</Text>
      </ConfirmModal>
    </Modal>
  );
}
