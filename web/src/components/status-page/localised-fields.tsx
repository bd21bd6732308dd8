// A text in both languages: one hint for both, then two inputs side by side (stacked on phones), each labelled with
// its language.
import { useId } from 'react';
import { SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';

interface Props {
  label: string;
  description?: string;
  value: { nl: string; en: string };
  onChange: (value: { nl: string; en: string }) => void;
  multiline?: boolean;
  maxLength: number;
  error?: string;
  autoFocus?: boolean;
}

export function LocalisedFields({
  label,
  description,
  value,
  onChange,
  multiline,
  maxLength,
  error,
  autoFocus,
}: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const field = (lang: 'nl' | 'en', first: boolean) => {
    const props = {
      label: `${label} (${t(`language.${lang}`)})`,
      value: value[lang],
      maxLength,
      // One message for the pair, under the first; both are marked.
      error: first ? error : error ? true : undefined,
      'aria-describedby': description ? hintId : undefined,
      'data-autofocus': autoFocus && first ? true : undefined,
      onChange: (e: { currentTarget: { value: string } }) =>
        onChange({ ...value, [lang]: e.currentTarget.value }),
    };
    return multiline ? (
      <Textarea key={lang} autosize minRows={3} {...props} />
    ) : (
      <TextInput key={lang} {...props} />
    );
  };
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {field('nl', true)}
        {field('en', false)}
      </SimpleGrid>
      {description && (
        <Text size="xs" c="dimmed" id={hintId}>
          {description}
        </Text>
      )}
    </Stack>
  );
}

/** The server's message for a text in both languages: under the field's own name, or under either language. */
export function localisedError(error: unknown, field: string): string | undefined {
  return fieldError(error, field) ?? fieldError(error, 'nl') ?? fieldError(error, 'en');
}
