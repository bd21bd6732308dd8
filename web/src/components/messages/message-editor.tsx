// The text of a message: one tab per language (when the audience reads two), and the channels it goes out on,
// limited to the audience's own.
import { Checkbox, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import type { Channel, MessageContent } from '../../api/messages';
import type { MessageStatusPage } from '../../api/status-page';
import { defaultStatusPage, MessageStatusSection } from '../status-page/message-status-section';
import { channelName } from './channel-words';
import { ContentFields } from './content-fields';
import { placeholders } from './message-steps';
import type { Jargon } from './use-plain-language';

export interface EditorValue {
  contents: MessageContent[];
  channels: Channel[];
  /** The status-page part: set while the channels include the status page. */
  status_page: MessageStatusPage | null;
}

interface Props {
  value: EditorValue;
  onChange: (value: EditorValue) => void;
  /** The channels the audience has in the plan. */
  audienceChannels: readonly Channel[];
  /** Email recipients the plan lists for the audience. */
  recipients: number;
  jargon: { nl: Jargon; en: Jargon };
  error: unknown;
  /** The message's kind (holding, update, resolved), for the status page part's first incident status. */
  kind: string;
  exercise?: boolean;
}

export function MessageEditor(props: Props) {
  const { value, onChange, audienceChannels, recipients, jargon, error, kind, exercise } = props;
  const { t } = useTranslation();
  const setContent = (i: number, content: MessageContent) =>
    onChange({ ...value, contents: value.contents.map((c, j) => (j === i ? content : c)) });
  const fields = (c: MessageContent, i: number) => (
    <ContentFields
      content={c}
      index={i}
      jargon={jargon[c.language]}
      error={error}
      onChange={(next) => setContent(i, next)}
    />
  );
  // Kept in the plan's order, so the list reads the same everywhere.
  const setChannels = (chosen: string[]) => {
    const channels = audienceChannels.filter((c) => chosen.includes(c));
    const onPage = channels.includes('status_page');
    onChange({
      ...value,
      channels,
      // Kept while the channel is on; started from the kind when it is switched on.
      status_page: onPage ? (value.status_page ?? defaultStatusPage(kind)) : value.status_page,
    });
  };
  const onStatusPage = value.channels.includes('status_page');

  return (
    <Stack gap="md">
      <Checkbox.Group
        label={t('messages.editor.channels')}
        description={t('messages.editor.channels_hint')}
        value={value.channels}
        onChange={setChannels}
        error={fieldError(error, 'channels')}
      >
        <Group gap="lg" mt={6} wrap="wrap">
          {audienceChannels.map((c) => (
            <Checkbox
              key={c}
              value={c}
              label={
                c === 'email' ? (
                  <>
                    {channelName(t, c)}{' '}
                    <Text span size="sm" c="dimmed">
                      ({t('messages.editor.recipients', { count: recipients })})
                    </Text>
                  </>
                ) : (
                  channelName(t, c)
                )
              }
            />
          ))}
        </Group>
      </Checkbox.Group>
      {value.contents.length > 1 ? (
        <Tabs defaultValue={value.contents[0]!.language} keepMounted>
          <Tabs.List>
            {value.contents.map((c) => {
              const open = placeholders(c.subject + c.body).length > 0;
              return (
                <Tabs.Tab
                  key={c.language}
                  value={c.language}
                  rightSection={
                    open ? (
                      <IconAlertTriangle
                        size={14}
                        aria-label={t('messages.editor.tab_placeholders')}
                        color="var(--mantine-color-yellow-8)"
                      />
                    ) : undefined
                  }
                >
                  {t(`language.${c.language}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          {value.contents.map((c, i) => (
            <Tabs.Panel key={c.language} value={c.language} pt="md">
              {fields(c, i)}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        value.contents[0] && fields(value.contents[0], 0)
      )}
      {onStatusPage && (
        <MessageStatusSection
          value={value.status_page}
          onChange={(status_page) => onChange({ ...value, status_page })}
          kind={kind}
          exercise={exercise}
          error={error}
        />
      )}
    </Stack>
  );
}
