// What the answers call for, before saving: the duties the server will create (the same rules, from core), so the
// person filling in the form sees the consequence of each answer.
import { List, Paper, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { obligationsFor } from '@core/legal/obligations';
import type { Assessment, Regulatory } from '../../api/legal';
import { kindName } from './legal-words';

export function AssessmentPreview({ value, regulatory }: { value: Assessment; regulatory: Regulatory }) {
  const { t } = useTranslation();
  const duties = obligationsFor(value, {
    nis2Entity: regulatory.nis2_entity,
    doraFinancialEntity: regulatory.dora_financial_entity,
  });
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" aria-live="polite">
      <Stack gap={6}>
        <Text fw={700} size="sm">
          <IconScale size={16} aria-hidden style={{ verticalAlign: '-3px', marginRight: 6 }} />
          {t('legal.preview.title')}
        </Text>
        {duties.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('legal.preview.none')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {duties.map((d) => (
              <List.Item key={d.kind}>
                {kindName(t, d.kind, regulatory)}
                {d.notRequired && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {t('legal.preview.not_required')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="xs" c="dimmed">
          {t('legal.preview.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
