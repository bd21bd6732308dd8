// Where a new message starts from: the plan's holding statement, update or resolved template for this audience
// (filled with what the incident knows), or a blank page.
import { Box, Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AudienceCommunication, MessageKind, TemplateFill } from '../../api/messages';
import { TEMPLATE_KINDS } from '../../api/messages';

interface Props {
  audience: AudienceCommunication;
  /** The templates filled from the incident, once loaded: their subjects read better than the raw ones. */
  fills: TemplateFill[] | undefined;
  value: MessageKind;
  onChange: (kind: MessageKind) => void;
}

/** The kind to offer first: a holding statement before anything went out, an update after. */
export function suggestedKind(audience: AudienceCommunication): MessageKind {
  const available = new Set(audience.templates.map((x) => x.kind));
  const wanted = audience.last_published_at ? 'update' : 'holding';
  if (available.has(wanted)) return wanted;
  return TEMPLATE_KINDS.find((k) => available.has(k)) ?? 'custom';
}

export function TemplatePicker({ audience, fills, value, onChange }: Props) {
  const { t } = useTranslation();
  const kinds = TEMPLATE_KINDS.filter((k) => audience.templates.some((x) => x.kind === k));
  const subject = (kind: string) =>
    (fills ?? []).find((x) => x.kind === kind)?.subject ??
    audience.templates.find((x) => x.kind === kind)?.subject;
  return (
    <Radio.Group
      label={t('messages.new.start_from')}
      description={t('messages.new.start_from_hint')}
      value={value}
      onChange={(v) => onChange(v as MessageKind)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {[...kinds, 'custom' as const].map((kind) => (
          <Radio.Card key={kind} value={kind} radius="md" p="sm">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Box miw={0}>
                <Text fw={600} size="sm">
                  {t(`messages.kind.${kind}`)}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {kind === 'custom' ? t('messages.new.blank_hint') : subject(kind)}
                </Text>
              </Box>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
