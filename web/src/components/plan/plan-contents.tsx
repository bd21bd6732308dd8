// A row of links to the plan's sections, so a long plan can be read from the part that matters now.
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const sections = [
  'team',
  'contacts',
  'severities',
  'services',
  'audiences',
  'scenarios',
  'regulatory',
] as const;

export function PlanContents() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('plan.contents')} gap="md" style={{ rowGap: 4 }} my="lg">
      <Text size="sm" c="dimmed">
        {t('plan.contents')}:
      </Text>
      {sections.map((s) => (
        <Anchor key={s} href={`#${s}`} size="sm">
          {t(`plan.${s}.title`)}
        </Anchor>
      ))}
    </Group>
  );
}
