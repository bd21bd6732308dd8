// A value to hand on (a link, a token, a URL, a configuration example) in a code box with a copy button.
import { Button, Code, CopyButton, Flex, Stack } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  /** Names what is copied, for screen readers ("Copy the report form link"). */
  label: string;
  testId?: string;
}

export function CopyValue({ value, label, testId }: Props) {
  const { t } = useTranslation();
  const button = (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant={copied ? 'light' : 'default'}
          color={copied ? 'green' : undefined}
          leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          onClick={copy}
          aria-label={label}
          style={{ flexShrink: 0 }}
        >
          {copied ? t('triage.intake.copied') : t('triage.intake.copy')}
        </Button>
      )}
    </CopyButton>
  );
  // Several lines (a configuration file) keep their layout and scroll sideways; one line (a link, a token)
  // wraps anywhere, so it is whole on a phone too.
  if (value.includes('\n')) {
    return (
      <Stack gap={6} align="flex-end">
        <Code block fz="sm" w="100%" style={{ overflowX: 'auto' }} data-testid={testId}>
          {value}
        </Code>
        {button}
      </Stack>
    );
  }
  return (
    <Flex gap="xs" direction={{ base: 'column', xs: 'row' }} align={{ base: 'flex-end', xs: 'flex-start' }}>
      <Code block fz="sm" className="pre-wrap" w="100%" style={{ flex: 1, minWidth: 0 }} data-testid={testId}>
        {value}
      </Code>
      {button}
    </Flex>
  );
}
