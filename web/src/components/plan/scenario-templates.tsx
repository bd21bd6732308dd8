// A scenario's message templates, per audience: kind, language and subject, with the text folded until asked for.
import { Badge, Box, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plan';
import type { PlanIndex } from './plan-index';

type Template = Plan['scenarios'][number]['templates'][number];

export function ScenarioTemplates({ templates, index }: { templates: Template[]; index: PlanIndex }) {
  const { t } = useTranslation();
  const audiences = [...new Set(templates.map((tpl) => tpl.audience))];
  return (
    <div>
      <Title order={4} fz="sm" mb={6}>
        {t('plan.scenarios.templates')}
      </Title>
      <Stack gap="sm">
        {audiences.map((audience) => (
          <Stack key={audience} gap={6}>
            <Text size="sm" fw={600}>
              {index.audienceName(audience)}
            </Text>
            {templates
              .filter((tpl) => tpl.audience === audience)
              .map((tpl) => (
                <Box key={tpl.id} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Badge
                      size="sm"
                      variant="light"
                      color={tpl.kind === 'holding' ? 'orange' : 'blue'}
                      tt="none"
                      style={{ flexShrink: 0 }}
                    >
                      {t(`plan.template_kind.${tpl.kind}`)}
                    </Badge>
                    <Text size="sm" fw={600} className="break-anywhere">
                      {tpl.subject}{' '}
                      <Text span size="xs" c="dimmed" fw={400}>
                        ({t(`language.${tpl.language}`)})
                      </Text>
                    </Text>
                  </Group>
                  <Spoiler
                    maxHeight={0}
                    showLabel={t('plan.scenarios.show_text')}
                    hideLabel={t('plan.scenarios.hide_text')}
                    styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}
                  >
                    <Text size="sm" className="pre-wrap" pt={4}>
                      {tpl.body}
                    </Text>
                  </Spoiler>
                </Box>
              ))}
          </Stack>
        ))}
      </Stack>
    </div>
  );
}
