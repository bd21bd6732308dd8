// The {{variables}} a template may use, each with what it stands for and a button that puts it in the body.
import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBraces } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { planCatalogues } from '@core/plan/catalogue';
import { templateVariables } from '@core/plan/template-variables';
import { currentLanguage } from '../../i18n';

export function VariableList({ onInsert }: { onInsert: (name: string) => void }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const words = planCatalogues[currentLanguage()];
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconBraces size={16} aria-hidden />}
          aria-expanded={opened}
          aria-controls={id}
          onClick={toggle}
        >
          {opened
            ? t('plan_edit.templates.hide_variables')
            : t('plan_edit.templates.show_variables', { count: templateVariables.length })}
        </Button>
      </Group>
      <Collapse expanded={opened} id={id}>
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {templateVariables.map((name) => (
            <Group key={name} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Button
                variant="light"
                size="compact-xs"
                ff="monospace"
                style={{ flexShrink: 0 }}
                aria-label={t('plan_edit.templates.insert', { variable: `{{${name}}}` })}
                onClick={() => onInsert(name)}
              >
                {`{{${name}}}`}
              </Button>
              <Text size="xs">{words[`var.${name}`]}</Text>
            </Group>
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}
