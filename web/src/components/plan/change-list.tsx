// The changes between two versions of the plan, one card each: what it is about, and what it was and became.
import { Badge, Box, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanChange } from '../../api/plan';
import { ChangeValue } from './change-value';

const color = { added: 'green', removed: 'red', changed: 'blue' } as const;

function Side({ label, value, tone }: { label: string; value: unknown; tone: 'red' | 'green' }) {
  return (
    <Box p="xs" bg={`${tone}.0`} style={{ borderRadius: 4, minWidth: 0 }}>
      <Text size="xs" fw={700} c={`${tone}.9`} tt="uppercase" mb={2}>
        {label}
      </Text>
      <ChangeValue value={value} />
    </Box>
  );
}

export function ChangeList({ changes }: { changes: PlanChange[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {changes.map((c, i) => (
        <Card component="li" key={i} withBorder padding="sm">
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={color[c.kind]} variant="light" tt="none" style={{ flexShrink: 0 }}>
                {t(`plan.diff.kind.${c.kind}`)}
              </Badge>
              <Text fw={600} size="sm" className="break-anywhere">
                {c.label}
              </Text>
            </Group>
            {c.kind === 'changed' ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <Side label={t('plan.diff.before')} value={c.before} tone="red" />
                <Side label={t('plan.diff.after')} value={c.after} tone="green" />
              </SimpleGrid>
            ) : c.kind === 'added' ? (
              <Side label={t('plan.diff.new')} value={c.after} tone="green" />
            ) : (
              <Side label={t('plan.diff.was')} value={c.before} tone="red" />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
