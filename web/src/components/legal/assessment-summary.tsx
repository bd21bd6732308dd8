// The assessment at a glance once it is on record: the answers that decide the duties, who assessed and when.
import type { ReactNode } from 'react';
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Legal } from '../../api/legal';
import { legalTime } from './legal-words';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

export function AssessmentSummary({ legal }: { legal: Legal }) {
  const { t, i18n } = useTranslation();
  const a = legal.assessment;
  if (!a) return null;
  const number = (n: number) => n.toLocaleString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  const g = a.gdpr;
  const people =
    g.subjects_min !== null && g.subjects_max !== null
      ? g.subjects_min === g.subjects_max
        ? number(g.subjects_min)
        : t('legal.summary.range', { min: number(g.subjects_min), max: number(g.subjects_max) })
      : g.subjects_max !== null
        ? t('legal.summary.at_most', { max: number(g.subjects_max) })
        : g.subjects_min !== null
          ? t('legal.summary.at_least', { min: number(g.subjects_min) })
          : t('legal.answer.unknown');
  const personal = g.personal_data === 'yes';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <Fact label={t('legal.summary.personal_data')}>{t(`legal.answer.${g.personal_data}`)}</Fact>
        {personal && <Fact label={t('legal.summary.risk')}>{t(`legal.risk.${g.risk}`)}</Fact>}
        {personal && (
          <Fact label={t('legal.summary.categories')}>
            {g.categories.length > 0
              ? g.categories.map((c) => t(`legal.category.${c}`)).join(', ')
              : t('legal.answer.unknown')}
          </Fact>
        )}
        {personal && (
          <Fact label={t('legal.summary.people')}>
            {people}
            {g.records !== null &&
              ` · ${t('legal.summary.records', { count: g.records, n: number(g.records) })}`}
          </Fact>
        )}
        {legal.regulatory.nis2_entity !== 'none' && (
          <Fact label={t('legal.summary.nis2')}>{t(`legal.answer.${a.nis2.significant}`)}</Fact>
        )}
        {legal.regulatory.dora_financial_entity && (
          <Fact label={t('legal.summary.dora')}>
            {t(`legal.answer.${a.dora.major}`)}
            {a.dora.classified_at &&
              ` · ${t('legal.summary.classified', { when: legalTime(a.dora.classified_at) })}`}
          </Fact>
        )}
      </SimpleGrid>
      {personal && g.reasoning && (
        <Fact label={t('legal.summary.reasoning')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{g.reasoning}</span>
        </Fact>
      )}
      {legal.assessed_at && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {t('legal.summary.assessed', {
              name: legal.assessed_by_name ?? t('legal.someone'),
              when: legalTime(legal.assessed_at),
            })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
