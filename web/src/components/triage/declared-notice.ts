// After a declaration: one notification saying what the plan set in motion, so nobody wonders whether it worked.
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { DeclaredIncident } from '../../api/triage';

export function showDeclared(t: TFunction, incident: DeclaredIncident): void {
  const assigned = incident.roles.filter((r) => r.name);
  const emailed = assigned.filter((r) => r.email).length;
  notifications.show({
    color: 'green',
    autoClose: 15_000,
    title: t('triage.declared.title', { reference: incident.reference }),
    message: [
      t('triage.declared.roles', { count: assigned.length }),
      t('triage.declared.emailed', { count: emailed }),
      t('triage.declared.tasks', { count: incident.tasks.length }),
    ].join(' '),
  });
}
