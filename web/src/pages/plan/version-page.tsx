// One version of the plan as it was saved: who, when, why, its YAML (read-only), and links to compare or restore it.
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePlan, usePlanVersion, type PlanVersion } from '../../api/plan';
import { PageHeader } from '../../components/page-header';
import { diffLink } from '../../components/plan/plan-index';
import { RestoreVersion } from '../../components/plan/restore-version';
import { YamlEditor } from '../../components/plan/yaml-editor';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../lib/format';
import { useIsAdmin } from '../../lib/session';

export default function PlanVersionPage() {
  const { t } = useTranslation();
  const number = Number(useParams().number);
  const version = usePlanVersion(number);
  return (
    <>
      <PageHeader
        title={t('plan.status.version', { number: Number.isInteger(number) ? number : '?' })}
        actions={
          <Button component={Link} to="/plan/versions" variant="default">
            {t('plan.versions.back')}
          </Button>
        }
      />
      {Number.isInteger(number) && number > 0 ? (
        <QueryState query={version} rows={10}>
          {(v) => <VersionView version={v} />}
        </QueryState>
      ) : (
        <Text>{t('plan.versions.not_found')}</Text>
      )}
    </>
  );
}

function VersionView({ version }: { version: PlanVersion }) {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const latest = usePlan().data?.version;
  const compareIcon = <IconGitCompare size={18} aria-hidden />;
  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text size="sm">
          {t('plan.status.changed_by', {
            name: version.author_name ?? t('plan.status.system'),
            when: formatDateTime(version.created_at),
          })}
        </Text>
        {version.description && <Text c="dimmed">“{version.description}”</Text>}
      </Stack>
      <Group gap="xs">
        {version.number > 1 && (
          <Button
            component={Link}
            to={diffLink(version.number - 1, version.number)}
            variant="default"
            leftSection={compareIcon}
          >
            {t('plan.versions.what_changed')}
          </Button>
        )}
        {latest !== undefined && latest !== version.number && (
          <Button
            component={Link}
            to={diffLink(version.number, latest)}
            variant="default"
            leftSection={compareIcon}
          >
            {t('plan.versions.compare_current')}
          </Button>
        )}
        {isAdmin && latest !== undefined && latest !== version.number && (
          <RestoreVersion number={version.number} size="sm" />
        )}
      </Group>
      <YamlEditor
        value={version.yaml}
        readOnly
        label={t('plan.versions.yaml_label', { number: version.number })}
      />
    </Stack>
  );
}
