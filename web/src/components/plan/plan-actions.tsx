// What can be done with the plan, as buttons: edit (admins), YAML, versions, emergency sheet, contact check, download.
import { Button, Group } from '@mantine/core';
import {
  IconChecks,
  IconCode,
  IconDownload,
  IconHistory,
  IconPencil,
  IconPrinter,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PLAN_YAML_URL } from '../../api/plan';

export function PlanActions({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const icon = (Icon: typeof IconCode) => <Icon size={18} aria-hidden />;
  return (
    <Group gap="xs" mb="lg">
      {isAdmin && (
        <Button component={Link} to="/plan/edit" leftSection={icon(IconPencil)}>
          {t('plan.actions.edit')}
        </Button>
      )}
      <Button component={Link} to="/plan/emergency-sheet" variant="default" leftSection={icon(IconPrinter)}>
        {t('plan.actions.emergency_sheet')}
      </Button>
      <Button component={Link} to="/plan/versions" variant="default" leftSection={icon(IconHistory)}>
        {t('plan.actions.versions')}
      </Button>
      <Button component={Link} to="/plan/yaml" variant="default" leftSection={icon(IconCode)}>
        {isAdmin ? t('plan.actions.yaml_edit') : t('plan.actions.yaml_view')}
      </Button>
      {isAdmin && (
        <Button component={Link} to="/plan/contact-check" variant="default" leftSection={icon(IconChecks)}>
          {t('plan.actions.contact_check')}
        </Button>
      )}
      <Button component="a" href={PLAN_YAML_URL} download variant="subtle" leftSection={icon(IconDownload)}>
        {t('plan.actions.download_yaml')}
      </Button>
    </Group>
  );
}
