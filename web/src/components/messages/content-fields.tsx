// One language of a message: subject and Markdown body (with a preview), the [[variables]] still to fill in, and
// the plain-language hints for this text beside it (below it on a phone).
import { useCallback, useRef, useState } from 'react';
import { Grid, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, type MessageContent } from '../../api/messages';
import { MarkdownPreview } from './markdown-preview';
import { placeholders } from './message-steps';
import { PlaceholderAlert } from './placeholder-alert';
import { PlainLanguagePanel, type TextField } from './plain-language-panel';
import { usePlainLanguage, type Jargon } from './use-plain-language';

interface Props {
  content: MessageContent;
  /** Its place in `contents`, for the server's field errors (`contents.1.body`). */
  index: number;
  jargon: Jargon;
  error: unknown;
  onChange: (content: MessageContent) => void;
}

function pathError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  // A field may have several problems (each [[placeholder]] left, say): show them all.
  const messages = error.fieldErrors
    .filter((e) => e.path?.replace(/^body\./, '') === path)
    .map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

export function ContentFields({ content, index, jargon, error, onChange }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lang = content.language;
  const subjectCheck = usePlainLanguage(content.subject, lang, jargon);
  const bodyCheck = usePlainLanguage(content.body, lang, jargon);
  const missing = [...new Set([...placeholders(content.subject), ...placeholders(content.body)])];

  const select = useCallback((field: TextField, start: number, end: number) => {
    setMode('write');
    // The textarea may only now be shown again (after the preview): select on the next frame.
    requestAnimationFrame(() => {
      const el = field === 'subject' ? subjectRef.current : bodyRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start, end);
      if (el instanceof HTMLTextAreaElement) scrollToSelection(el, start);
    });
  }, []);
  const selectPlaceholder = (name: string) => {
    const token = `[[${name}]]`;
    const inSubject = content.subject.indexOf(token);
    if (inSubject >= 0) return select('subject', inSubject, inSubject + token.length);
    const inBody = content.body.indexOf(token);
    if (inBody >= 0) select('body', inBody, inBody + token.length);
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7.5 }}>
        <Stack gap="sm">
          <PlaceholderAlert names={missing} onSelect={selectPlaceholder} />
          <TextInput
            ref={subjectRef}
            label={t('messages.editor.subject')}
            required
            maxLength={MESSAGE_SUBJECT_MAX}
            value={content.subject}
            onChange={(e) => onChange({ ...content, subject: e.currentTarget.value })}
            error={pathError(error, `contents.${index}.subject`)}
          />
          <Stack gap={6}>
            <SegmentedControl
              size="xs"
              w="fit-content"
              value={mode}
              onChange={(v) => setMode(v as 'write' | 'preview')}
              aria-label={t('messages.editor.mode')}
              data={[
                { value: 'write', label: t('messages.editor.write') },
                { value: 'preview', label: t('messages.editor.preview') },
              ]}
            />
            {mode === 'write' ? (
              <Textarea
                ref={bodyRef}
                label={t('messages.editor.body')}
                description={t('messages.editor.body_hint')}
                required
                autosize
                minRows={10}
                maxRows={30}
                maxLength={MESSAGE_BODY_MAX}
                value={content.body}
                onChange={(e) => onChange({ ...content, body: e.currentTarget.value })}
                error={pathError(error, `contents.${index}.body`)}
              />
            ) : (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('messages.editor.body')}
                </Text>
                <MarkdownPreview source={content.body} label={t('messages.editor.preview')} />
              </Stack>
            )}
          </Stack>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4.5 }}>
        <PlainLanguagePanel textLanguage={lang} subject={subjectCheck} body={bodyCheck} onSelect={select} />
      </Grid.Col>
    </Grid>
  );
}

// Selecting text does not scroll to it: measure how far down the selection starts with a hidden copy of the
// textarea holding only the text before it, then scroll the textarea (when it has its own scrollbar) or the page.
function scrollToSelection(el: HTMLTextAreaElement, start: number) {
  const probe = el.cloneNode() as HTMLTextAreaElement;
  probe.style.cssText = `${el.style.cssText};position:absolute;visibility:hidden;height:0;width:${el.offsetWidth}px`;
  probe.removeAttribute('id');
  probe.setAttribute('aria-hidden', 'true');
  probe.tabIndex = -1;
  probe.value = el.value.slice(0, start);
  el.parentElement?.appendChild(probe);
  const offset = probe.scrollHeight;
  probe.remove();
  if (el.scrollHeight > el.clientHeight + 1) {
    el.scrollTop = Math.max(0, offset - el.clientHeight / 3);
    return;
  }
  const top = el.getBoundingClientRect().top + window.scrollY + offset;
  window.scrollTo({ top: Math.max(0, top - window.innerHeight / 3), behavior: 'smooth' });
}
