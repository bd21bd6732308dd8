// The template's [[variables]] the incident could not fill yet: named, each a button that selects it in the text.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconBracketsContain } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  names: string[];
  onSelect: (name: string) => void;
}

export function PlaceholderAlert({ names, onSelect }: Props) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconBracketsContain aria-hidden />}
      title={t('messages.editor.placeholders_title')}
    >
      <Text size="sm" mb={6}>
        {t('messages.editor.placeholders_intro')}
      </Text>
      <Group gap={6} wrap="wrap">
        {names.map((name) => (
          <Button
            key={name}
            size="compact-sm"
            variant="white"
            color="dark"
            ff="monospace"
            onClick={() => onSelect(name)}
            aria-label={t('messages.editor.placeholder_select', { name: `[[${name}]]` })}
          >
            {`[[${name}]]`}
          </Button>
        ))}
      </Group>
    </Alert>
  );
}
