// What changed between two versions of the plan, as the server lists it, with a choice of which two to compare.
import { Button, Card, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePlanDiff, usePlanVersions } from '../../api/plan';
import { PageHeader } from '../../components/page-header';
import { ChangeList } from '../../components/plan/change-list';
import { QueryState } from '../../components/query-state';

export default function PlanDiffPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  const valid = Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0;
  const diff = usePlanDiff(from, to);
  const versions = usePlanVersions();
  const numbers = (versions.data ?? []).map((v) => v.number).sort((a, b) => b - a);
  const options = numbers.map((n) => ({ value: String(n), label: t('plan.status.version', { number: n }) }));
  const choices = valid ? options : [{ value: '', label: t('plan.diff.choose') }, ...options];
  const pick = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={valid ? t('plan.diff.title', { from, to }) : t('plan.diff.title_plain')}
        description={t('plan.diff.intro')}
        actions={
          <Button component={Link} to="/plan/versions" variant="default">
            {t('plan.versions.back')}
          </Button>
        }
      />
      {options.length > 1 && (
        <Card withBorder padding="sm" mb="md" bg="gray.0">
          <Group gap="sm" align="flex-end">
            <NativeSelect
              label={t('plan.diff.from')}
              data={choices}
              value={valid ? String(from) : ''}
              onChange={(e) => pick('from', e.currentTarget.value)}
            />
            <NativeSelect
              label={t('plan.diff.to')}
              data={choices}
              value={valid ? String(to) : ''}
              onChange={(e) => pick('to', e.currentTarget.value)}
            />
          </Group>
        </Card>
      )}
      {!valid ? (
        <Text>{t('plan.diff.pick')}</Text>
      ) : (
        <QueryState query={diff} rows={6}>
          {(d) =>
            d.changes.length === 0 ? (
              <Text>{t('plan.diff.none', { from: d.from, to: d.to })}</Text>
            ) : (
              <>
                <Text size="sm" c="dimmed" mb="sm">
                  {t('plan.diff.count', { count: d.changes.length })}
                </Text>
                <ChangeList changes={d.changes} />
              </>
            )
          }
        </QueryState>
      )}
    </>
  );
}
