// Who holds which role on this incident, how to reach them, and handing a role over; the team with access.
import { useState } from 'react';
import { ActionIcon, Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPhone, IconPlus, IconUserMinus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  useIncidentChange,
  usePlanForPickers,
  type IncidentDetail,
  type IncidentRole,
} from '../../api/incidents';
import { formatDateTime } from '../../lib/format';
import { FormAlert } from '../form-alert';
import { IncidentSection } from './incident-section';
import { useAccountOptions } from './account-options';
import { AssignRoleModal } from './assign-role-modal';

export function RolesSection({ incident, ikey }: { incident: IncidentDetail; ikey: string }) {
  const { t } = useTranslation();
  const [assigning, setAssigning] = useState<{ roleId: string | null } | null>(null);
  const canAct = incident.can_act && incident.phase !== 'closed';
  const order = usePlanForPickers(incident.can_act).data?.plan.roles.map((r) => r.id);
  return (
    <IncidentSection id="roles" title={t('incidents.roles.title')} description={t('incidents.roles.intro')}>
      {incident.roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.roles.none')}
        </Text>
      ) : (
        <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {sortRoles(incident.roles, order).map((r) => (
            <Stack
              component="li"
              key={r.role_id}
              gap={2}
              py="xs"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Text size="xs" c="dimmed" fw={700} tt="uppercase" style={{ letterSpacing: 0.3 }}>
                {r.role_name}
              </Text>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text
                  fw={600}
                  className="break-anywhere"
                  title={t('incidents.roles.since', { when: formatDateTime(r.assigned_at) })}
                >
                  {r.name}
                </Text>
                {canAct && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    style={{ flexShrink: 0 }}
                    onClick={() => setAssigning({ roleId: r.role_id })}
                    aria-label={t('incidents.roles.hand_over_title', { role: r.role_name })}
                  >
                    {t('incidents.roles.hand_over')}
                  </Button>
                )}
              </Group>
              {(r.phone || r.email) && (
                <Group gap="md" wrap="wrap">
                  {r.phone && (
                    <Anchor href={`tel:${r.phone.replace(/[^+\d]/g, '')}`} size="sm">
                      <Group gap={4} wrap="nowrap" component="span">
                        <IconPhone size={14} aria-hidden />
                        {r.phone}
                      </Group>
                    </Anchor>
                  )}
                  {r.email && (
                    <Anchor href={`mailto:${r.email}`} size="sm" className="break-anywhere">
                      <Group gap={4} wrap="nowrap" component="span">
                        <IconMail size={14} aria-hidden style={{ flexShrink: 0 }} />
                        {r.email}
                      </Group>
                    </Anchor>
                  )}
                </Group>
              )}
            </Stack>
          ))}
        </Stack>
      )}
      {canAct && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAssigning({ roleId: null })}
          >
            {t('incidents.roles.assign_title')}
          </Button>
        </Group>
      )}
      <Members incident={incident} ikey={ikey} canAct={canAct} />
      <AssignRoleModal
        incident={incident}
        ikey={ikey}
        roleId={assigning?.roleId ?? null}
        opened={assigning !== null}
        onClose={() => setAssigning(null)}
      />
    </IncidentSection>
  );
}

/** Accounts that work on the incident without a role (for a restricted incident: who may see it). */
function Members({ incident, ikey, canAct }: { incident: IncidentDetail; ikey: string; canAct: boolean }) {
  const { t } = useTranslation();
  const accounts = useAccountOptions(incident).filter(
    (a) => !incident.members.some((m) => m.account_id === a.value),
  );
  const [adding, setAdding] = useState<string | null>(null);
  const add = useIncidentChange<string>(
    ikey,
    incident.id,
    (api, id) => api.addMember(id),
    () => setAdding(null),
  );
  const remove = useIncidentChange<string>(ikey, incident.id, (api, id) => api.removeMember(id));
  return (
    <Stack gap="xs">
      <Group gap={6}>
        <IconUsersGroup size={18} aria-hidden />
        <Title order={3} fz="md">
          {t('incidents.roles.members')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {incident.restricted ? t('incidents.roles.members_restricted') : t('incidents.roles.members_intro')}
      </Text>
      {incident.members.length === 0 ? (
        <Text size="sm">{t('incidents.roles.no_members')}</Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {incident.members.map((m) => (
            <Group component="li" key={m.account_id} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" className="break-anywhere">
                {m.name}{' '}
                <Text span c="dimmed" size="sm">
                  {m.email}
                </Text>
              </Text>
              {canAct && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('incidents.roles.remove_member', { name: m.name })}
                  loading={remove.isPending && remove.variables === m.account_id}
                  onClick={() => remove.mutate(m.account_id)}
                >
                  <IconUserMinus size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {canAct && accounts.length > 0 && (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label={t('incidents.roles.add_member')}
            placeholder={t('incidents.roles.choose_account')}
            data={accounts}
            value={adding}
            onChange={setAdding}
            searchable
            style={{ flex: 1 }}
          />
          <Button disabled={!adding} loading={add.isPending} onClick={() => adding && add.mutate(adding)}>
            {t('incidents.roles.add')}
          </Button>
        </Group>
      )}
      <FormAlert error={add.error ?? remove.error} />
    </Stack>
  );
}

/** The plan's order (the incident commander first), when the plan is at hand; else as the server sent them. */
function sortRoles(roles: IncidentRole[], order: string[] | undefined): IncidentRole[] {
  if (!order) return roles;
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...roles].sort((a, b) => rank(a.role_id) - rank(b.role_id));
}
