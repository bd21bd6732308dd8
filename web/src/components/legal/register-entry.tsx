// One breach in the register (GDPR art. 33(5)), as a record to read whole: the facts, the effects and the remedy,
// whether the authority and the people were told, and the decisions with their reasons.
import type { ReactNode } from 'react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BreachRegisterItem } from '../../api/legal';
import { legalTime } from './legal-words';
import { RegisterStatus } from './register-status';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

const prose = { whiteSpace: 'pre-wrap' } as const;

export function RegisterEntry({ item: r }: { item: BreachRegisterItem }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => x.toLocaleString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  const people =
    r.subjects_min !== null && r.subjects_max !== null
      ? t('legal.register.people_range', { min: n(r.subjects_min), max: n(r.subjects_max) })
      : r.subjects_max !== null
        ? t('legal.register.people_at_most', { max: n(r.subjects_max) })
        : r.subjects_min !== null
          ? t('legal.register.people_at_least', { min: n(r.subjects_min) })
          : t('legal.register.people_unknown');
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="li">
      <Stack gap="sm">
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={`/incidents/${encodeURIComponent(r.incident_id)}?tab=legal#legal`}
            fw={700}
          >
            {r.reference} · {r.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('legal.register.aware', { when: legalTime(r.awareness_at) })}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
          <Fact label={t('legal.register.data')}>
            <Text size="sm">
              {r.categories.length > 0
                ? r.categories.map((c) => t(`legal.category.${c}`)).join(', ')
                : t('legal.answer.unknown')}
            </Text>
            <Text size="sm">
              {people}
              {r.records !== null &&
                ` · ${t('legal.summary.records', { count: r.records, n: n(r.records) })}`}
            </Text>
          </Fact>
          <Fact label={t('legal.register.risk')}>
            <Text size="sm">{t(`legal.risk.${r.risk}`)}</Text>
          </Fact>
          <Fact label={t('legal.register.authority')}>
            <Group gap={6}>
              <RegisterStatus status={r.authority_notified} />
              {r.authority_reference && (
                <Text size="sm">{t('legal.register.reference', { reference: r.authority_reference })}</Text>
              )}
            </Group>
          </Fact>
          <Fact label={t('legal.register.subjects')}>
            <RegisterStatus status={r.subjects_informed} />
          </Fact>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('legal.register.consequences')}>
            <Text size="sm" style={prose} c={r.consequences ? undefined : 'dimmed'}>
              {r.consequences || t('legal.register.not_described')}
            </Text>
          </Fact>
          <Fact label={t('legal.register.measures')}>
            <Text size="sm" style={prose} c={r.measures ? undefined : 'dimmed'}>
              {r.measures || t('legal.register.not_described')}
            </Text>
          </Fact>
        </SimpleGrid>
        <Fact label={t('legal.register.decisions')}>
          {r.decisions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('legal.register.no_decisions')}
            </Text>
          ) : (
            <Stack gap={6}>
              {r.decisions.map((d) => (
                <Text key={`${d.decided_at}:${d.title}`} size="sm" style={prose}>
                  <Text span size="sm" fw={600}>
                    {d.title}
                  </Text>{' '}
                  <Text span size="xs" c="dimmed">
                    ({legalTime(d.decided_at)})
                  </Text>
                  {d.rationale ? `\n${d.rationale}` : ''}
                </Text>
              ))}
            </Stack>
          )}
        </Fact>
      </Stack>
    </Paper>
  );
}
