// Trends across incidents, month by month: how many (by scenario and by severity), how fast they were detected,
// contained and recovered from on average, and how many legal deadlines were met. Charts with their tables, and
// the same numbers as CSV.
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconListCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { trendsCsvUrl, useTrends, type TrendsFilters, type Trends } from '../../api/evaluation';
import { durationText } from '../../components/evaluation/evaluation-words';
import { TrendChart, type Row } from '../../components/evaluation/trend-chart';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { currentLanguage } from '../../i18n';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function readFilters(params: URLSearchParams): TrendsFilters {
  const f: TrendsFilters = {};
  const from = params.get('from');
  const to = params.get('to');
  if (from && MONTH.test(from)) f.from = from;
  if (to && MONTH.test(to)) f.to = to;
  if (params.get('exercise') === 'true') f.exercise = 'true';
  return f;
}

/** "2026-12" -> "Dec 2026" in the reader's language. */
function monthLabel(month: string): string {
  const d = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

export default function TrendsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const trends = useTrends(filters);
  const set = (patch: Partial<TrendsFilters>) => {
    const next = { ...filters, ...patch };
    const out = new URLSearchParams();
    for (const k of ['from', 'to', 'exercise'] as const) {
      const v = next[k];
      if (v) out.set(k, v);
    }
    setParams(out, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('evaluation.trends.title')}
        description={t('evaluation.trends.intro')}
        actions={
          <>
            <Button
              component={Link}
              to="/improvements"
              variant="default"
              leftSection={<IconListCheck size={16} aria-hidden />}
            >
              {t('evaluation.backlog.title')}
            </Button>
            <Button
              component="a"
              href={trendsCsvUrl(filters, currentLanguage())}
              download
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('evaluation.trends.csv')}
            </Button>
          </>
        }
      />
      <Group gap="sm" align="flex-end" mb="lg" wrap="wrap">
        <TextInput
          type="month"
          label={t('evaluation.trends.from')}
          value={filters.from ?? trends.data?.from ?? ''}
          onChange={(e) => MONTH.test(e.currentTarget.value) && set({ from: e.currentTarget.value })}
          w={170}
        />
        <TextInput
          type="month"
          label={t('evaluation.trends.to')}
          value={filters.to ?? trends.data?.to ?? ''}
          onChange={(e) => MONTH.test(e.currentTarget.value) && set({ to: e.currentTarget.value })}
          w={170}
        />
        <Checkbox
          mb={8}
          label={t('evaluation.trends.exercises')}
          checked={filters.exercise === 'true'}
          onChange={(e) => set({ exercise: e.currentTarget.checked ? 'true' : undefined })}
        />
      </Group>
      <QueryState query={trends} rows={6}>
        {(data) => <TrendSections data={data} t={t} />}
      </QueryState>
    </>
  );
}

function TrendSections({ data, t }: { data: Trends; t: TFunction }) {
  const total = data.months.reduce((n, m) => n + m.incidents, 0);
  const range = { from: monthLabel(data.from), to: monthLabel(data.to) };
  const count = (v: number | null) => (v === null ? '–' : String(v));
  const rows = (pick: (m: Trends['months'][number]) => Record<string, number | null>): Row[] =>
    data.months.map((m) => ({ label: monthLabel(m.month), values: pick(m) }));
  const maxMean = Math.max(
    0,
    ...data.months.flatMap((m) => [
      m.mean_time_to_detect_seconds ?? 0,
      m.mean_time_to_contain_seconds ?? 0,
      m.mean_time_to_recover_seconds ?? 0,
    ]),
  );
  // Hours once a mean passes two hours, minutes below that: the axis reads in whole numbers either way.
  const inHours = maxMean >= 2 * 3600;
  const met = data.months.reduce((n, m) => n + m.deadlines_met, 0);
  const missed = data.months.reduce((n, m) => n + m.deadlines_missed, 0);
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('evaluation.trends.summary', { count: total, ...range })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section id="by-scenario" title={t('evaluation.trends.by_scenario')}>
          <TrendChart
            testId="trend-scenario"
            kind="bars"
            summary={t('evaluation.trends.by_scenario_summary', { count: total, ...range })}
            series={data.scenarios.map((s) => ({ key: s.id, name: s.name }))}
            rows={rows((m) =>
              Object.fromEntries(data.scenarios.map((s) => [s.id, m.by_scenario[s.id] ?? 0])),
            )}
            format={count}
            rowHeading={t('evaluation.trends.month')}
          />
        </Section>
        <Section id="by-severity" title={t('evaluation.trends.by_severity')}>
          <TrendChart
            testId="trend-severity"
            kind="bars"
            summary={t('evaluation.trends.by_severity_summary', { count: total, ...range })}
            series={data.severities.map((s) => ({ key: s.id, name: s.name }))}
            rows={rows((m) =>
              Object.fromEntries(data.severities.map((s) => [s.id, m.by_severity[s.id] ?? 0])),
            )}
            format={count}
            rowHeading={t('evaluation.trends.month')}
          />
        </Section>
        <Section
          id="mean-times"
          title={t('evaluation.trends.mean_times')}
          description={t('evaluation.trends.mean_times_intro')}
        >
          <TrendChart
            testId="trend-times"
            kind="lines"
            summary={t('evaluation.trends.mean_times_summary', range)}
            series={(['detect', 'contain', 'recover'] as const).map((k) => ({
              key: k,
              name: t(`evaluation.metrics.${k}`),
            }))}
            rows={rows((m) => ({
              detect: m.mean_time_to_detect_seconds,
              contain: m.mean_time_to_contain_seconds,
              recover: m.mean_time_to_recover_seconds,
            }))}
            format={(v) => (v === null ? '–' : durationText(t, v))}
            unit={{
              label: t(inHours ? 'evaluation.trends.hours' : 'evaluation.trends.minutes'),
              scale: (v) => Math.round((v / (inHours ? 3600 : 60)) * 10) / 10,
            }}
            rowHeading={t('evaluation.trends.month')}
          />
        </Section>
        <Section id="deadlines" title={t('evaluation.trends.deadlines')}>
          <TrendChart
            testId="trend-deadlines"
            kind="bars"
            summary={t('evaluation.trends.deadlines_summary', { met, missed, ...range })}
            series={[
              { key: 'met', name: t('evaluation.trends.met') },
              { key: 'missed', name: t('evaluation.trends.missed') },
            ]}
            colors={['#0072B2', '#D55E00']}
            rows={rows((m) => ({ met: m.deadlines_met, missed: m.deadlines_missed }))}
            format={count}
            rowHeading={t('evaluation.trends.month')}
          />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
