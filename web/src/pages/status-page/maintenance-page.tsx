// Scheduled maintenance: upcoming, in progress and completed (or cancelled), planning new work and calling it off.
import { useState } from 'react';
import { Button, Card, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconTool, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  statusApi,
  useMaintenances,
  useStatusChange,
  useStatusComponents,
  useStatusSettings,
  type Maintenance,
  type StatusComponent,
} from '../../api/status-page';
import { ReasonModal } from '../../components/incidents/reason-modal';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { MaintenanceModal } from '../../components/status-page/maintenance-modal';
import { localName } from '../../components/status-page/status-words';
import { currentLanguage } from '../../i18n';

const locales = { nl: 'nl-NL', en: 'en-GB' } as const;
const statusColors = {
  scheduled: 'blue',
  in_progress: 'orange',
  completed: 'gray',
  cancelled: 'gray',
} as const;

export default function MaintenancePage() {
  const { t } = useTranslation();
  const settings = useStatusSettings();
  const overview = useStatusComponents();
  const list = useMaintenances();
  const [editing, setEditing] = useState<{ item: Maintenance | null } | null>(null);
  const [cancelling, setCancelling] = useState<Maintenance | null>(null);
  const cancel = useStatusChange(
    (reason: string) => statusApi.cancelMaintenance(cancelling!.id, reason),
    () => setCancelling(null),
  );
  const zone = settings.data?.time_zone ?? 'Europe/Amsterdam';
  const components = overview.data?.components ?? [];

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" maw={560}>
          {t('status.maintenance.intro')}
        </Text>
        <Button
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          onClick={() => setEditing({ item: null })}
          disabled={settings.isPending}
        >
          {t('status.maintenance.add')}
        </Button>
      </Group>
      <QueryState query={list} rows={4}>
        {(items) => {
          const by = (s: Maintenance['status'][]) => items.filter((m) => s.includes(m.status));
          const upcoming = by(['scheduled']).sort((a, b) => a.scheduled_for.localeCompare(b.scheduled_for));
          const running = by(['in_progress']);
          const done = by(['completed', 'cancelled']).sort((a, b) =>
            b.scheduled_for.localeCompare(a.scheduled_for),
          );
          if (items.length === 0)
            return (
              <Card withBorder padding="xl">
                <EmptyState
                  icon={<IconTool size={32} aria-hidden />}
                  title={t('status.maintenance.none')}
                  description={t('status.maintenance.none_hint')}
                />
              </Card>
            );
          const block = (key: 'in_progress' | 'upcoming' | 'completed', rows: Maintenance[]) =>
            rows.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby={`maintenance-${key}`}>
                <Title order={2} fz="lg" id={`maintenance-${key}`}>
                  {t(`status.maintenance.group.${key}`)} ({rows.length})
                </Title>
                <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                  {rows.map((m) => (
                    <MaintenanceCard
                      key={m.id}
                      m={m}
                      zone={zone}
                      components={components}
                      onEdit={() => setEditing({ item: m })}
                      onCancel={() => setCancelling(m)}
                    />
                  ))}
                </Stack>
              </Stack>
            );
          return (
            <>
              {block('in_progress', running)}
              {block('upcoming', upcoming)}
              {block('completed', done)}
            </>
          );
        }}
      </QueryState>
      <MaintenanceModal
        opened={editing !== null}
        maintenance={editing?.item ?? null}
        components={components}
        timeZone={zone}
        onClose={() => setEditing(null)}
      />
      <ReasonModal
        opened={cancelling !== null}
        title={t('status.maintenance.cancel_title', {
          title: cancelling ? localName(cancelling.title, currentLanguage()) : '',
        })}
        intro={t('status.maintenance.cancel_intro')}
        reasonLabel={t('status.maintenance.cancel_reason')}
        reasonRequired={false}
        confirmLabel={t('status.maintenance.cancel')}
        color="red"
        loading={cancel.isPending}
        error={cancel.error}
        onConfirm={(reason) => cancel.mutate(reason)}
        onClose={() => {
          cancel.reset();
          setCancelling(null);
        }}
      />
    </Stack>
  );
}

function MaintenanceCard({
  m,
  zone,
  components,
  onEdit,
  onCancel,
}: {
  m: Maintenance;
  zone: string;
  components: StatusComponent[];
  onEdit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const format = new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  });
  const names = m.component_ids
    .map((id) => components.find((c) => c.id === id))
    .filter((c): c is StatusComponent => !!c)
    .map((c) => localName(c.name, lang));
  const open = m.status === 'scheduled' || m.status === 'in_progress';
  return (
    <Paper component="li" withBorder radius="md" p={{ base: 'sm', sm: 'md' }} data-testid="maintenance">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600} className="break-anywhere" style={{ flex: '1 1 200px' }}>
            {localName(m.title, lang)}
          </Text>
          <StatusBadge color={statusColors[m.status]}>
            {t(`status.maintenance.status.${m.status}`)}
          </StatusBadge>
        </Group>
        <Text size="sm">
          {t('status.maintenance.when', {
            from: format.format(new Date(m.scheduled_for)),
            until: format.format(new Date(m.scheduled_until)),
          })}{' '}
          <Text span size="xs" c="dimmed">
            ({zone})
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          {names.length > 0
            ? t('status.maintenance.affects', { names: names.join(', ') })
            : t('status.maintenance.affects_none')}
        </Text>
        {localName(m.body, lang) && (
          <Text size="sm" className="break-anywhere" style={{ whiteSpace: 'pre-line' }}>
            {localName(m.body, lang)}
          </Text>
        )}
        {open && (
          <Group gap="xs" mt={4}>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
            >
              {t('status.maintenance.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconX size={14} aria-hidden />}
              onClick={onCancel}
            >
              {t('status.maintenance.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
