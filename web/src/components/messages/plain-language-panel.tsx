// The plain-language hints beside the editor: the readability score with its grade, then each finding (jargon
// with the plain word, long sentences, passive voice). A hint never blocks; clicking one selects the passage.
import { memo } from 'react';
import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton, type MantineColor } from '@mantine/core';
import { IconBulb, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  describeScore,
  plainLanguageText,
  type Finding,
  type Grade,
  type PlainLanguageResult,
} from '@core/plain-language/index';
import { currentLanguage } from '../../i18n';
import classes from './plain-language-panel.module.css';

export type TextField = 'subject' | 'body';

const gradeColor: Record<Grade, MantineColor> = {
  easy: 'green',
  fairly_easy: 'teal',
  standard: 'yellow',
  difficult: 'orange',
  very_difficult: 'red',
};

const kindColor: Record<Finding['kind'], MantineColor> = {
  jargon: 'grape',
  long_sentence: 'orange',
  passive: 'blue',
};

interface Props {
  /** The language the text is written in (the check's rules and word lists). */
  textLanguage: string;
  subject: PlainLanguageResult;
  body: PlainLanguageResult;
  onSelect: (field: TextField, start: number, end: number) => void;
}

// Memoised: the text changes on every key, the hints only after the pause, so most renders can be skipped.
export const PlainLanguagePanel = memo(function PlainLanguagePanel({
  textLanguage,
  subject,
  body,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const ui = currentLanguage();
  const findings: Array<{ field: TextField; finding: Finding }> = [
    ...subject.findings.map((finding) => ({ field: 'subject' as const, finding })),
    ...body.findings.map((finding) => ({ field: 'body' as const, finding })),
  ];
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="plain-language-heading">
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap">
          <IconBulb size={18} aria-hidden />
          <Title order={3} fz="sm" id="plain-language-heading">
            {t('messages.plain.title', {
              language: t(`language.${textLanguage}`, { defaultValue: textLanguage }),
            })}
          </Title>
        </Group>
        <Group gap={8} wrap="nowrap" align="flex-start" data-testid="readability">
          <span
            className={classes.dot}
            style={{ background: `var(--mantine-color-${gradeColor[body.grade]}-6)` }}
          />
          <Text size="sm" fw={600}>
            {describeScore(ui, body.score, body.grade)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {plainLanguageText(ui, 'plain.summary', { sentences: body.sentences, words: body.words })}{' '}
          {t('messages.plain.never_blocks')}
        </Text>
        {findings.length === 0 ? (
          <Group gap={6} wrap="nowrap">
            <IconCircleCheck size={16} aria-hidden color="var(--mantine-color-green-7)" />
            <Text size="sm">{plainLanguageText(ui, 'plain.no_findings')}</Text>
          </Group>
        ) : (
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('messages.plain.findings')}
          >
            {findings.map(({ field, finding: f }) => (
              <li key={`${field}-${f.kind}-${f.start}-${f.end}`}>
                <UnstyledButton
                  className={classes.finding}
                  onClick={() => onSelect(field, f.start, f.end)}
                  aria-label={t('messages.plain.select', { text: f.text })}
                >
                  <Group gap={6} wrap="wrap" mb={2}>
                    <Badge size="xs" color={kindColor[f.kind]} variant="light" tt="none">
                      {t(`messages.plain.kind.${f.kind}`)}
                    </Badge>
                    {field === 'subject' && (
                      <Text span size="xs" c="dimmed">
                        {t('messages.plain.in_subject')}
                      </Text>
                    )}
                  </Group>
                  {f.kind === 'passive' ? (
                    // The explanation is the same for every passive: it is said once, below the list.
                    <Text size="sm">“{f.text}”</Text>
                  ) : (
                    <>
                      <Text size="sm">{plainLanguageText(ui, f.messageKey, f.params)}</Text>
                      {f.kind === 'long_sentence' && (
                        <Text size="xs" c="dimmed" lineClamp={2} fs="italic">
                          “{f.text}”
                        </Text>
                      )}
                    </>
                  )}
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        )}
        {findings.some((x) => x.finding.kind === 'passive') && (
          <Text size="xs" c="dimmed">
            {plainLanguageText(ui, 'plain.passive')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
});
