// Starting a message: for whom, from which template, then the text prefilled from the incident's facts. Nothing
// is stored until "Save draft" or "Submit for approval", so trying a template costs nothing.
import { useState } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import {
  useMessageChange,
  type messageApi,
  useTemplateFill,
  type Communication,
  type MessageKind,
  type TemplateFill,
} from '../../api/messages';
import { ConfirmModal } from '../confirm-modal';
import { FormAlert } from '../form-alert';
import { QueryState } from '../query-state';
import { defaultStatusPage, STATUS_PAGE_FIELDS } from '../status-page/message-status-section';
import { MessageEditor, type EditorValue } from './message-editor';
import { suggestedKind, TemplatePicker } from './template-picker';
import { UnsavedGuard } from './unsaved-guard';
import classes from './message-workspace.module.css';

interface Props {
  ikey: string;
  incidentId: string;
  communication: Communication;
  audienceId: string | null;
  onAudience: (audienceId: string) => void;
}

/** The text of each of the audience's languages from the template of this kind (blank where there is none). */
export function textFromTemplates(
  languages: readonly ('nl' | 'en')[],
  kind: MessageKind,
  fills: TemplateFill[],
) {
  return languages.map((language) => {
    const fill =
      kind === 'custom' ? undefined : fills.find((x) => x.kind === kind && x.language === language);
    return { language, subject: fill?.subject ?? '', body: fill?.body ?? '' };
  });
}

export function NewMessageForm({ ikey, incidentId, communication, audienceId, onAudience }: Props) {
  const { t } = useTranslation();
  const audience = communication.audiences.find((a) => a.audience_id === audienceId);
  const fills = useTemplateFill(ikey, incidentId, audience?.audience_id ?? null);

  return (
    <Stack gap="lg">
      <Select
        label={t('messages.new.audience')}
        description={t('messages.new.audience_hint')}
        placeholder={t('messages.new.audience_placeholder')}
        data={communication.audiences.map((a) => ({ value: a.audience_id, label: a.name }))}
        value={audience?.audience_id ?? null}
        onChange={(v) => v && onAudience(v)}
        allowDeselect={false}
        maw={420}
        required
      />
      {audience && (
        <QueryState query={fills} rows={4}>
          {(items) => (
            <Writer
              key={audience.audience_id}
              ikey={ikey}
              incidentId={incidentId}
              audience={audience}
              fills={items}
              jargon={communication.jargon}
            />
          )}
        </QueryState>
      )}
    </Stack>
  );
}

type Audience = Communication['audiences'][number];

function Writer({
  ikey,
  incidentId,
  audience,
  fills,
  jargon,
}: {
  ikey: string;
  incidentId: string;
  audience: Audience;
  fills: TemplateFill[];
  jargon: Communication['jargon'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<MessageKind>(() => suggestedKind(audience));
  const fresh = (k: MessageKind): EditorValue => ({
    contents: textFromTemplates(audience.languages, k, fills),
    channels: [...audience.channels],
    status_page: audience.channels.includes('status_page') ? defaultStatusPage(k) : null,
  });
  const [value, setValue] = useState<EditorValue>(() => fresh(kind));
  const [start, setStart] = useState<EditorValue>(value);
  const [asking, setAsking] = useState<MessageKind | null>(null);
  const dirty = JSON.stringify(value) !== JSON.stringify(start);

  const pick = (k: MessageKind) => {
    if (dirty) return setAsking(k);
    apply(k);
  };
  const apply = (k: MessageKind) => {
    setKind(k);
    const next = fresh(k);
    setValue(next);
    setStart(next);
    setAsking(null);
  };

  const create = useMessageChange<{ submit: boolean }>(
    ikey,
    incidentId,
    async (api: ReturnType<typeof messageApi>, v) => {
      const draft = await api.draft({
        audience_id: audience.audience_id,
        kind,
        languages: value.contents.map((c) => c.language),
        channels: value.channels,
        contents: value.contents,
        ...(value.channels.includes('status_page') && value.status_page
          ? { status_page: value.status_page }
          : {}),
      });
      if (!v.submit) return draft;
      try {
        return await api.submit(draft.id, draft.revision);
      } catch (e) {
        // The draft is kept: open it with the reason, rather than stay here and make a second one.
        notifications.show({
          color: 'red',
          title: t('messages.new.saved_not_submitted'),
          message: errorMessage(e),
        });
        return draft;
      }
    },
    (message) => {
      if (!message) return;
      void navigate(`/incidents/${encodeURIComponent(ikey)}/messages/${encodeURIComponent(message.id)}`, {
        replace: true,
      });
    },
  );

  return (
    <Stack gap="lg">
      <UnsavedGuard when={dirty && !create.isPending && !create.isSuccess} />
      <TemplatePicker audience={audience} fills={fills} value={kind} onChange={pick} />
      <MessageEditor
        value={value}
        onChange={setValue}
        audienceChannels={audience.channels}
        recipients={audience.recipients}
        jargon={jargon}
        error={create.error}
        kind={kind}
      />
      <FormAlert error={create.error} fields={['subject', 'body', 'channels', ...STATUS_PAGE_FIELDS]} />
      <Group gap="sm" className={classes.bar}>
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          loading={create.isPending && create.variables?.submit}
          disabled={create.isPending}
          onClick={() => create.mutate({ submit: true })}
        >
          {t('messages.action.submit')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          loading={create.isPending && !create.variables?.submit}
          disabled={create.isPending}
          onClick={() => create.mutate({ submit: false })}
        >
          {t('messages.action.save_draft')}
        </Button>
        <Text size="xs" c="dimmed" style={{ flex: '1 1 200px' }}>
          {t('messages.new.approval_hint', {
            chain: audience.approval_chain.map((r) => r.role_name).join(', '),
          })}
        </Text>
      </Group>
      <ConfirmModal
        opened={asking !== null}
        title={t('messages.new.replace_title')}
        confirmLabel={t('messages.new.replace_confirm')}
        danger
        onConfirm={() => asking && apply(asking)}
        onClose={() => setAsking(null)}
      >
        {t('messages.new.replace_body')}
      </ConfirmModal>
    </Stack>
  );
}
