// The status-page part of a message (when it goes out on the status page): the public incident status, its impact,
// and the affected components with the status each gets on publication, suggested from the impact.
import { useState } from 'react';
import {
  Alert,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconBroadcast } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  useStatusComponents,
  type ComponentGroup,
  type ComponentStatus,
  type Impact,
  type IncidentStatus,
  type MessageStatusPage,
  type StatusComponent,
} from '../../api/status-page';
import { currentLanguage } from '../../i18n';
import { QueryState } from '../query-state';
import { ComponentStatusBadge } from './component-status-badge';
import { PublicPageLink } from './public-page-link';
import { incidentStatusForKind, statusForImpact } from './status-rules';
import { componentStatuses, impacts, incidentStatuses, localName } from './status-words';

/** What a new status-page part starts as for a message of this kind. */
export function defaultStatusPage(kind: string): MessageStatusPage {
  return { incident_status: incidentStatusForKind(kind), impact: 'minor', components: [] };
}

/** The server's problems with the status-page part (`status_page`, `status_page.components.0.status`, ...). */
export function statusPageErrors(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors
    .filter((e) => /^(body\.)?status_page(\.|$)/.test(e.path ?? e.field) || e.field === 'status_page')
    .map((e) => e.message);
}

/** Components as the public page lists them: by group, then by their place in it (ungrouped last). */
function inPageOrder(components: StatusComponent[], groups: ComponentGroup[]): StatusComponent[] {
  const groupAt = (id: string | null) => groups.find((g) => g.id === id)?.position ?? Number.MAX_SAFE_INTEGER;
  return [...components].sort((a, b) => groupAt(a.group_id) - groupAt(b.group_id) || a.position - b.position);
}

/** Field names the section shows, so the form's general alert does not repeat them. */
export const STATUS_PAGE_FIELDS = [
  'status_page',
  'incident_status',
  'impact',
  'components',
  'status',
  'id',
] as const;

interface Props {
  value: MessageStatusPage | null;
  onChange: (value: MessageStatusPage) => void;
  kind: string;
  exercise?: boolean;
  error: unknown;
}

export function MessageStatusSection({ value, onChange, kind, exercise, error }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const overview = useStatusComponents();
  // Not filled in yet (a draft made elsewhere): nothing is shown as chosen until the writer chooses.
  const v = value ?? defaultStatusPage(kind);
  const empty = value === null;
  // Components whose status the writer chose: a new impact no longer changes them.
  const [touched, setTouched] = useState<Set<string>>(
    () => new Set(value?.components.map((c) => c.id) ?? []),
  );
  const problems = statusPageErrors(error);

  const retune = (next: { incident_status: IncidentStatus; impact: Impact }) =>
    onChange({
      ...next,
      components: v.components.map((c) =>
        touched.has(c.id) ? c : { ...c, status: statusForImpact(next.impact, next.incident_status) },
      ),
    });
  const toggle = (id: string, on: boolean) => {
    const rest = v.components.filter((c) => c.id !== id);
    onChange({
      ...v,
      components: on ? [...rest, { id, status: statusForImpact(v.impact, v.incident_status) }] : rest,
    });
  };
  const setStatus = (id: string, status: ComponentStatus) => {
    setTouched(new Set([...touched, id]));
    onChange({ ...v, components: v.components.map((c) => (c.id === id ? { ...c, status } : c)) });
  };

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      aria-labelledby="status-page-part"
      data-testid="message-status-page"
      style={problems.length > 0 ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <IconBroadcast size={20} aria-hidden />
            <Title order={2} fz="lg" id="status-page-part">
              {t('status.message.title')}
            </Title>
          </Group>
          <PublicPageLink variant="subtle" />
        </Group>
        <Text size="sm" c="dimmed">
          {exercise ? t('status.message.exercise') : t('status.message.intro')}
        </Text>
        {empty && problems.length === 0 && (
          <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {t('status.message.empty')}
          </Alert>
        )}
        {problems.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {problems.join(' ')}
          </Alert>
        )}
        <Radio.Group
          label={t('status.message.incident_status')}
          value={empty ? null : v.incident_status}
          onChange={(s) => retune({ incident_status: s as IncidentStatus, impact: v.impact })}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {incidentStatuses.map((s) => (
              <Radio
                key={s}
                value={s}
                label={t(`status.incident_status.${s}`)}
                description={t(`status.incident_status_hint.${s}`)}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Radio.Group
          label={t('status.message.impact')}
          value={empty ? null : v.impact}
          onChange={(i) => retune({ incident_status: v.incident_status, impact: i as Impact })}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
            {impacts.map((i) => (
              <Radio
                key={i}
                value={i}
                label={t(`status.impact.${i}`)}
                description={t(`status.impact_hint.${i}`)}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="status-page-components">
            {t('status.message.components')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('status.message.components_hint')}
          </Text>
          <QueryState query={overview} rows={2}>
            {({ components, groups }) =>
              components.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('status.message.no_components')}
                </Text>
              ) : (
                <Stack
                  component="ul"
                  gap={0}
                  p={0}
                  m={0}
                  style={{ listStyle: 'none' }}
                  aria-labelledby="status-page-components"
                >
                  {inPageOrder(components, groups).map((c) => {
                    const chosen = v.components.find((x) => x.id === c.id);
                    const name = localName(c.name, lang);
                    return (
                      <Group
                        key={c.id}
                        component="li"
                        justify="space-between"
                        gap="xs"
                        py={8}
                        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
                      >
                        <Stack gap={4} style={{ flex: '1 1 200px' }}>
                          <Checkbox
                            label={name}
                            checked={!!chosen}
                            onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                          />
                          <Group gap={6} pl={32}>
                            <Text size="xs" c="dimmed">
                              {t('status.message.now')}
                            </Text>
                            <ComponentStatusBadge status={c.status} />
                          </Group>
                        </Stack>
                        {chosen && (
                          <NativeSelect
                            aria-label={t('status.message.new_status_for', { name })}
                            label={t('status.message.new_status')}
                            size="sm"
                            value={chosen.status}
                            onChange={(e) => setStatus(c.id, e.currentTarget.value as ComponentStatus)}
                            data={componentStatuses.map((s) => ({
                              value: s,
                              label: t(`status.component_status.${s}`),
                            }))}
                            w={{ base: '100%', xs: 220 }}
                          />
                        )}
                      </Group>
                    );
                  })}
                </Stack>
              )
            }
          </QueryState>
        </Stack>
      </Stack>
    </Paper>
  );
}
