// Giving a role to someone, or handing it over: an account, or a person by name, email and phone.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import {
  useIncidentChange,
  usePlanForPickers,
  type IncidentDetail,
  type RoleHolder,
} from '../../api/incidents';
import { FormAlert } from '../form-alert';
import { useAccountOptions } from './account-options';
import { useRoleOptions } from './role-options';

interface Props {
  incident: IncidentDetail;
  ikey: string;
  /** The role to hand over; null to choose one. */
  roleId: string | null;
  opened: boolean;
  onClose: () => void;
}

export function AssignRoleModal(props: Props) {
  const { t } = useTranslation();
  const holder = props.incident.roles.find((r) => r.role_id === props.roleId);
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        holder
          ? t('incidents.roles.hand_over_title', { role: holder.role_name })
          : t('incidents.roles.assign_title')
      }
      size="lg"
      centered
    >
      {props.opened && <AssignForm {...props} />}
    </Modal>
  );
}

const FIELDS = ['account_id', 'name', 'email', 'phone'] as const;

function AssignForm({ incident, ikey, roleId, onClose }: Props) {
  const { t } = useTranslation();
  const accounts = useAccountOptions(incident);
  const roles = useRoleOptions(incident);
  const people = usePlanForPickers(incident.can_act).data?.plan.people ?? [];
  const holder = incident.roles.find((r) => r.role_id === roleId);
  const [role, setRole] = useState<string | null>(roleId);
  const [mode, setMode] = useState<'account' | 'person'>(accounts.length > 0 ? 'account' : 'person');
  const [account, setAccount] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const assign = useIncidentChange<{ role: string; holder: RoleHolder }>(
    ikey,
    incident.id,
    (api, v) => api.assignRole(v.role, v.holder),
    onClose,
  );
  const fillFromPlan = (id: string | null) => {
    const p = people.find((x) => x.id === id);
    if (!p) return;
    setName(p.name);
    setEmail(p.email);
    setPhone(p.phone);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role) return;
    const chosen: RoleHolder =
      mode === 'account' && account
        ? { account_id: account }
        : {
            name: name.trim(),
            ...(email.trim() ? { email: email.trim() } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
          };
    assign.mutate({ role, holder: chosen });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {holder ? (
          <Text size="sm">{t('incidents.roles.now_held_by', { name: holder.name })}</Text>
        ) : (
          <Select
            label={t('incidents.roles.role')}
            data={roles}
            value={role}
            onChange={setRole}
            allowDeselect={false}
            searchable
            required
          />
        )}
        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(v) => setMode(v as 'account' | 'person')}
          data={[
            { value: 'account', label: t('incidents.roles.mode_account') },
            { value: 'person', label: t('incidents.roles.mode_person') },
          ]}
        />
        {mode === 'account' ? (
          <Select
            label={t('incidents.roles.account')}
            description={t('incidents.roles.account_hint')}
            data={accounts}
            value={account}
            onChange={setAccount}
            searchable
            required
            data-autofocus
            nothingFoundMessage={t('incidents.tasks.no_accounts')}
            error={fieldError(assign.error, 'account_id')}
          />
        ) : (
          <>
            {people.length > 0 && (
              <Select
                label={t('incidents.roles.from_plan')}
                placeholder={t('incidents.roles.from_plan_placeholder')}
                data={people.map((p) => ({ value: p.id, label: p.name }))}
                value={null}
                onChange={fillFromPlan}
                searchable
              />
            )}
            <TextInput
              label={t('incidents.roles.name')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(assign.error, 'name')}
            />
            <TextInput
              label={t('incidents.roles.email')}
              description={t('incidents.roles.contact_hint')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(assign.error, 'email')}
            />
            <TextInput
              label={t('incidents.roles.phone')}
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              error={fieldError(assign.error, 'phone')}
            />
          </>
        )}
        <FormAlert error={assign.error} fields={FIELDS} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={assign.isPending}
            disabled={!role || (mode === 'account' ? !account : !name.trim())}
          >
            {holder ? t('incidents.roles.hand_over') : t('incidents.roles.assign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
