// One action item: what to do, its status in words and colour, the owner, the due date (overdue said in words), the
// part of the plan it changes with a link there, and once done the plan version that did it. From the backlog it
// also names its incident.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCalendar,
  IconCheck,
  IconClipboardList,
  IconPencil,
  IconUser,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItem } from '../../api/evaluation';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ExerciseBadge } from '../incidents/incident-flags';
import { STATUS_COLOR, dueDateText, planPartHref, planPartText, type PlanNames } from './evaluation-words';

interface Props {
  item: ActionItem;
  /** Show which incident it came from (the backlog). */
  showIncident?: boolean;
  names?: PlanNames;
  /** May the reader change it here (the review may be frozen while the item is not). */
  canChange: boolean;
  onEdit: () => void;
  onClose: () => void;
  onReopen: () => void;
  reopening?: boolean;
}

export function ActionItemCard({
  item,
  showIncident,
  names,
  canChange,
  onEdit,
  onClose,
  onReopen,
  reopening,
}: Props) {
  const { t } = useTranslation();
  const closed = item.status === 'done' || item.status === 'dropped';
  const planHref = item.plan_part ? planPartHref(item.plan_part) : null;
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      data-testid="action-item"
      style={item.overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text
            fw={700}
            className="break-anywhere"
            td={item.status === 'dropped' ? 'line-through' : undefined}
          >
            {item.title}
          </Text>
          <Badge
            color={STATUS_COLOR[item.status]}
            variant={closed ? 'light' : 'filled'}
            style={{ flexShrink: 0 }}
          >
            {t(`evaluation.status.${item.status}`)}
          </Badge>
        </Group>
        {showIncident && (
          <Group gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={`/incidents/${encodeURIComponent(item.incident_id)}/review`}
              size="sm"
              className="break-anywhere"
            >
              {item.incident_reference} · {item.incident_title}
            </Anchor>
            {item.exercise && <ExerciseBadge size="sm" />}
          </Group>
        )}
        {item.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {item.description}
          </Text>
        )}
        <Group gap="md" style={{ rowGap: 4 }}>
          <Fact icon={<IconUser size={14} aria-hidden />} label={t('evaluation.items.owner')}>
            {item.owner_name}
          </Fact>
          {item.due_on && (
            <Fact
              icon={
                item.overdue ? (
                  <IconAlertTriangle size={14} aria-hidden color="var(--mantine-color-red-8)" />
                ) : (
                  <IconCalendar size={14} aria-hidden />
                )
              }
              label={t('evaluation.items.due')}
            >
              <Text span size="sm" c={item.overdue ? 'red.8' : undefined} fw={item.overdue ? 700 : undefined}>
                {item.overdue
                  ? t('evaluation.items.overdue_since', { date: dueDateText(item.due_on, currentLanguage()) })
                  : dueDateText(item.due_on, currentLanguage())}
              </Text>
            </Fact>
          )}
          {item.plan_part && (
            <Fact icon={<IconClipboardList size={14} aria-hidden />} label={t('evaluation.items.plan_part')}>
              {planHref ? (
                <Anchor component={Link} to={planHref} size="sm">
                  {planPartText(t, item.plan_part, names)}
                </Anchor>
              ) : (
                planPartText(t, item.plan_part, names)
              )}
            </Fact>
          )}
        </Group>
        {closed && (
          <Text size="sm" c="dimmed" className="break-anywhere">
            {t(item.status === 'done' ? 'evaluation.items.closed_done' : 'evaluation.items.closed_dropped', {
              name: item.closed_by_name ?? t('incidents.event_sentence.system'),
              when: formatDateTime(item.closed_at),
            })}
            {item.closed_by_plan_version !== null && (
              <>
                {' '}
                <Anchor component={Link} to={`/plan/versions/${item.closed_by_plan_version}`} size="sm">
                  {t('evaluation.items.plan_version', { number: item.closed_by_plan_version })}
                </Anchor>
              </>
            )}
            {item.close_note && <> · {item.close_note}</>}
          </Text>
        )}
        {canChange && item.can_act && (
          <Group gap="xs" justify="flex-end">
            {closed ? (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconArrowBackUp size={14} aria-hidden />}
                loading={reopening}
                onClick={onReopen}
                aria-label={t('evaluation.items.reopen_named', { title: item.title })}
              >
                {t('evaluation.items.reopen')}
              </Button>
            ) : (
              <>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={onEdit}
                  aria-label={t('evaluation.items.edit_named', { title: item.title })}
                >
                  {t('evaluation.items.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="light"
                  color="green"
                  leftSection={<IconCheck size={14} aria-hidden />}
                  onClick={onClose}
                  aria-label={t('evaluation.items.close_named', { title: item.title })}
                >
                  {t('evaluation.items.close')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" align="center" miw={0}>
      {icon}
      <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}:
      </Text>
      <Text span size="sm" className="break-anywhere" component="span">
        {children}
      </Text>
    </Group>
  );
}
