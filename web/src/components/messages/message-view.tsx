// A message as it reads (or was sent): subject and body per language, rendered from its Markdown.
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/messages';
import { MarkdownPreview } from './markdown-preview';

export function MessageView({ message }: { message: Message }) {
  const { t } = useTranslation();
  const one = (c: Message['contents'][number]) => (
    <Stack gap="xs">
      <Stack gap={0}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('messages.editor.subject')}
        </Text>
        <Title order={2} fz="lg" className="break-anywhere">
          {c.subject}
        </Title>
      </Stack>
      <MarkdownPreview source={c.body} label={t('messages.editor.body')} />
    </Stack>
  );
  if (message.contents.length === 1) return one(message.contents[0]!);
  return (
    <Tabs defaultValue={message.contents[0]?.language}>
      <Tabs.List>
        {message.contents.map((c) => (
          <Tabs.Tab key={c.language} value={c.language}>
            {t(`language.${c.language}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {message.contents.map((c) => (
        <Tabs.Panel key={c.language} value={c.language} pt="md">
          {one(c)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
