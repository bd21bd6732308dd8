// A message at work: what to do next, the notices, the text (editable while it may change), the approval chain,
// the buttons of its state, and after publishing its deliveries.
import { useEffect, useState } from 'react';
import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefreshAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import {
  useMessageChange,
  type messageApi,
  type AudienceCommunication,
  type Message,
} from '../../api/messages';
import { FormAlert } from '../form-alert';
import { STATUS_PAGE_FIELDS } from '../status-page/message-status-section';
import { MessageStatusView } from '../status-page/message-status-view';
import { ApprovalSteps } from './approval-steps';
import { DeliveriesTable } from './deliveries-table';
import { ExerciseNotice } from './exercise-notice';
import { MessageActions } from './message-actions';
import { MessageEditor, type EditorValue } from './message-editor';
import { MessageNotices } from './message-notices';
import { isEditing } from './message-steps';
import { MessageView } from './message-view';
import { NextStep } from './next-step';
import classes from './message-workspace.module.css';
import { UnsavedGuard } from './unsaved-guard';
import type { Jargon } from './use-plain-language';

interface Props {
  message: Message;
  ikey: string;
  audience: AudienceCommunication | undefined;
  jargon: { nl: Jargon; en: Jargon };
  currentFacts: number | null;
}

const valueOf = (m: Message): EditorValue => ({
  contents: m.contents.map((c) => ({ language: c.language, subject: c.subject, body: c.body })),
  channels: [...m.channels],
  status_page: m.status_page ?? null,
});
const same = (a: EditorValue, b: EditorValue) => JSON.stringify(a) === JSON.stringify(b);

type Run = {
  action: string;
  call: (api: ReturnType<typeof messageApi>) => Promise<Message | unknown>;
  done?: () => void;
};

export function MessageWorkspace({ message, ikey, audience, jargon, currentFacts }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editRequested, setEditRequested] = useState(false);
  // The text as loaded (with its revision) and as being written; saving sends the loaded revision.
  const [base, setBase] = useState(() => ({ revision: message.revision, value: valueOf(message) }));
  const [draft, setDraft] = useState(() => valueOf(message));
  const dirty = !same(draft, base.value);
  const editing = isEditing(message, editRequested);
  const stale = dirty && message.revision !== base.revision;

  // Someone else's change arrived (live): take it, unless it would overwrite what this person is writing.
  useEffect(() => {
    if (message.revision === base.revision || dirty) return;
    setBase({ revision: message.revision, value: valueOf(message) });
    setDraft(valueOf(message));
  }, [message, base.revision, dirty]);

  const change = useMessageChange<Run>(
    ikey,
    message.incident_id,
    (api, run) => run.call(api),
    (answer) => {
      if (answer && answer.id === message.id) {
        setBase({ revision: answer.revision, value: valueOf(answer) });
        setDraft(valueOf(answer));
        setEditRequested(false);
      }
    },
  );
  const run = (r: Run) => change.mutate(r, { onSuccess: () => r.done?.() });
  const busy = change.isPending ? (change.variables?.action ?? null) : null;
  const saveBody = () => ({
    revision: base.revision,
    contents: draft.contents,
    channels: draft.channels,
    ...(draft.channels.includes('status_page') && draft.status_page
      ? { status_page: draft.status_page }
      : {}),
  });

  const on = {
    save: () => run({ action: 'save', call: (api) => api.edit(message.id, saveBody()) }),
    submit: () =>
      run({
        action: 'submit',
        call: async (api) => {
          const revision = dirty ? (await api.edit(message.id, saveBody())).revision : message.revision;
          return api.submit(message.id, revision);
        },
      }),
    approve: (role: string) =>
      run({ action: `approve-${role}`, call: (api) => api.approve(message.id, message.revision, role) }),
    reject: (comment: string, done: () => void) =>
      run({ action: 'reject', call: (api) => api.reject(message.id, message.revision, comment), done }),
    edit: () => setEditRequested(true),
    publish: (done: () => void) =>
      run({ action: 'publish', call: (api) => api.publish(message.id, message.revision), done }),
    correct: () =>
      run({
        action: 'correct',
        call: async (api) => {
          const created = await api.correct(message.id);
          void navigate(`/incidents/${encodeURIComponent(ikey)}/messages/${encodeURIComponent(created.id)}`);
          return created;
        },
      }),
  };
  const conflict = change.error instanceof ApiError && change.error.status === 409;
  const reload = () => {
    change.reset();
    setBase({ revision: message.revision, value: valueOf(message) });
    setDraft(valueOf(message));
  };

  return (
    <Stack gap="lg">
      <UnsavedGuard when={dirty} />
      {message.exercise && <ExerciseNotice />}
      <NextStep message={message} audience={audience} />
      <MessageNotices message={message} ikey={ikey} currentFacts={currentFacts} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: editing ? 12 : 9 }}>
          <Stack gap="md">
            {editing && message.status !== 'draft' && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
                {t('messages.editor.voids_approvals')}
              </Alert>
            )}
            {editing ? (
              <MessageEditor
                value={draft}
                onChange={setDraft}
                audienceChannels={audience?.channels ?? message.channels}
                recipients={audience?.recipients ?? 0}
                jargon={jargon}
                error={change.error}
                kind={message.kind}
                exercise={message.exercise}
              />
            ) : (
              <>
                <MessageView message={message} />
                {message.channels.includes('status_page') && (
                  <MessageStatusView value={message.status_page} published={message.status === 'published'} />
                )}
              </>
            )}
          </Stack>
        </Grid.Col>
        {/* While writing, the text and its hints need the width: the approvals move below. */}
        <Grid.Col span={{ base: 12, lg: editing ? 12 : 3 }}>
          <ApprovalSteps message={message} />
        </Grid.Col>
      </Grid>
      {(stale || conflict) && (
        <Alert
          color="red"
          variant="light"
          icon={<IconRefreshAlert aria-hidden />}
          title={t('messages.conflict.title')}
        >
          <Text size="sm">{t('messages.conflict.body')}</Text>
          <Button size="xs" variant="default" mt="xs" onClick={reload}>
            {t('messages.conflict.reload')}
          </Button>
        </Alert>
      )}
      {!conflict && (
        <FormAlert
          error={change.error}
          fields={['subject', 'body', 'channels', 'comment', ...STATUS_PAGE_FIELDS]}
        />
      )}
      <Group justify="space-between" gap="sm" className={classes.bar}>
        <MessageActions
          message={message}
          editing={editing}
          dirty={dirty}
          recipients={audience?.recipients ?? 0}
          busy={busy}
          error={change.error}
          on={on}
        />
        {editing && message.status !== 'draft' && (
          <Button
            variant="subtle"
            color="gray"
            onClick={() => {
              reload();
              setEditRequested(false);
            }}
          >
            {t('messages.action.cancel_edit')}
          </Button>
        )}
      </Group>
      {message.status === 'published' && <DeliveriesTable message={message} ikey={ikey} />}
    </Stack>
  );
}
