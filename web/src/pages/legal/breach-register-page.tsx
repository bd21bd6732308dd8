// The breach register (GDPR art. 33(5)): every personal-data breach, notified or not, with its facts, effects,
// remedy and decisions; a CSV download for the privacy officer's own records and the authority's questions.
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BREACH_REGISTER_CSV, useBreachRegister, type BreachRegisterItem } from '../../api/legal';
import { DataTable, type Column } from '../../components/data-table';
import { legalTime } from '../../components/legal/legal-words';
import { RegisterStatus } from '../../components/legal/register-status';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';

export default function BreachRegisterPage() {
  const { t, i18n } = useTranslation();
  const register = useBreachRegister();
  const number = (n: number | null) =>
    n === null ? '?' : n.toLocaleString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  const small = (text: string | null, label: string) =>
    text ? (
      <Text size="sm" lineClamp={4} title={text}>
        <Text span size="sm" fw={600}>
          {label}:
        </Text>{' '}
        {text}
      </Text>
    ) : null;
  const columns: Column<BreachRegisterItem>[] = [
    {
      key: 'incident',
      label: t('legal.register.incident'),
      primary: true,
      render: (r) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/incidents/${encodeURIComponent(r.incident_id)}?tab=legal#legal`}>
            {r.reference} · {r.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('legal.register.aware', { when: legalTime(r.awareness_at) })}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'data',
      label: t('legal.register.data'),
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">
            {r.categories.length > 0
              ? r.categories.map((c) => t(`legal.category.${c}`)).join(', ')
              : t('legal.answer.unknown')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('legal.register.numbers', {
              min: number(r.subjects_min),
              max: number(r.subjects_max),
              records: number(r.records),
            })}
          </Text>
        </Stack>
      ),
    },
    { key: 'risk', label: t('legal.register.risk'), render: (r) => t(`legal.risk.${r.risk}`) },
    {
      key: 'effects',
      label: t('legal.register.effects'),
      render: (r) => (
        <Stack gap={2} maw={320}>
          {small(r.consequences, t('legal.register.consequences'))}
          {small(r.measures, t('legal.register.measures'))}
          {!r.consequences && !r.measures && (
            <Text size="sm" c="dimmed">
              {t('legal.register.not_described')}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'authority',
      label: t('legal.register.authority'),
      render: (r) => (
        <Stack gap={2} align="flex-start">
          <RegisterStatus status={r.authority_notified} />
          {r.authority_reference && (
            <Text size="xs">{t('legal.register.reference', { reference: r.authority_reference })}</Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'subjects',
      label: t('legal.register.subjects'),
      render: (r) => <RegisterStatus status={r.subjects_informed} />,
    },
    {
      key: 'decisions',
      label: t('legal.register.decisions'),
      render: (r) =>
        r.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('legal.register.no_decisions')}
          </Text>
        ) : (
          <Stack gap={4} maw={320}>
            {r.decisions.map((d) => (
              <Text key={`${d.decided_at}:${d.title}`} size="sm" lineClamp={3} title={d.rationale}>
                <Text span size="sm" fw={600}>
                  {d.title}
                </Text>
                {d.rationale ? ` ${d.rationale}` : ''}
              </Text>
            ))}
          </Stack>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('legal.register.title')}
        description={t('legal.register.intro')}
        actions={
          <Button
            component="a"
            href={BREACH_REGISTER_CSV}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('legal.register.csv')}
          </Button>
        }
      />
      <QueryState query={register} rows={4}>
        {(rows) => (
          <DataTable
            caption={t('legal.register.title')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.incident_id}
            empty={{ title: t('legal.register.none'), description: t('legal.register.none_hint') }}
          />
        )}
      </QueryState>
    </>
  );
}
