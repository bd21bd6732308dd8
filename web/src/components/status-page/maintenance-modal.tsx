// Planning (or changing) maintenance: title and text in both languages, from and until on the organisation's
// clock, and the components it touches.
import { useState, type FormEvent } from 'react';
import { MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/client';
import { statusApi, useStatusChange, type Maintenance, type StatusComponent } from '../../api/status-page';
import { currentLanguage } from '../../i18n';
import { FormAlert } from '../form-alert';
import { FormButtons } from '../form-buttons';
import { LocalisedFields, localisedError } from './localised-fields';
import { fromZonedInput, toZonedInput } from './status-rules';
import { StatusModal } from './status-modal';
import { localName } from './status-words';

interface Props {
  opened: boolean;
  maintenance: Maintenance | null;
  components: StatusComponent[];
  timeZone: string;
  onClose: () => void;
}

export function MaintenanceModal({ opened, maintenance, onClose, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <StatusModal
      opened={opened}
      onClose={onClose}
      title={maintenance ? t('status.maintenance.edit_title') : t('status.maintenance.add_title')}
      size="xl"
    >
      <MaintenanceForm maintenance={maintenance} onClose={onClose} {...rest} />
    </StatusModal>
  );
}

const locales = { nl: 'nl-NL', en: 'en-GB' } as const;

/** "Wed 2 Dec 2026, 04:00 – 06:00" in the UI language on the zone's clock: the times read back in words. */
export function spanIn(from: string, until: string, zone: string): string {
  const format = new Intl.DateTimeFormat(locales[currentLanguage()], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  });
  return format.formatRange(new Date(from), new Date(until));
}

/** The next whole hour and two hours later, on the zone's clock, as a starting suggestion. */
function suggestedTimes(zone: string) {
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 24 * 3_600_000);
  return {
    from: toZonedInput(start.toISOString(), zone),
    until: toZonedInput(new Date(start.getTime() + 2 * 3_600_000).toISOString(), zone),
  };
}

function MaintenanceForm({ maintenance: m, components, timeZone, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [title, setTitle] = useState(m?.title ?? { nl: '', en: '' });
  const [body, setBody] = useState(m?.body ?? { nl: '', en: '' });
  const [from, setFrom] = useState(() =>
    m ? toZonedInput(m.scheduled_for, timeZone) : suggestedTimes(timeZone).from,
  );
  const [until, setUntil] = useState(() =>
    m ? toZonedInput(m.scheduled_until, timeZone) : suggestedTimes(timeZone).until,
  );
  const [chosen, setChosen] = useState<string[]>(m?.component_ids ?? []);
  const fromIso = fromZonedInput(from, timeZone);
  const untilIso = fromZonedInput(until, timeZone);
  const order = fromIso && untilIso && untilIso <= fromIso ? t('status.maintenance.order_error') : undefined;
  const save = useStatusChange(() => {
    const input = {
      title,
      body,
      // Sent as typed when empty or unreadable: the server names the field.
      scheduled_for: fromIso ?? from,
      scheduled_until: untilIso ?? until,
      component_ids: chosen,
    };
    return m ? statusApi.updateMaintenance(m.id, input) : statusApi.createMaintenance(input);
  }, onClose);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!order) save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('status.maintenance.form_label')}>
      <Stack gap="md">
        <LocalisedFields
          label={t('status.maintenance.title_field')}
          description={t('status.maintenance.title_hint')}
          value={title}
          onChange={setTitle}
          maxLength={120}
          error={localisedError(save.error, 'title')}
          autoFocus
        />
        <LocalisedFields
          label={t('status.maintenance.body')}
          description={t('status.maintenance.body_hint')}
          value={body}
          onChange={setBody}
          multiline
          maxLength={5000}
          error={fieldError(save.error, 'body')}
        />
        <Stack gap={4}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('status.maintenance.from')}
              required
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={fieldError(save.error, 'scheduled_for')}
            />
            <TextInput
              type="datetime-local"
              label={t('status.maintenance.until')}
              required
              value={until}
              onChange={(e) => setUntil(e.currentTarget.value)}
              error={order ?? fieldError(save.error, 'scheduled_until')}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed" aria-live="polite">
            {fromIso && untilIso && !order
              ? t('status.maintenance.zone_read', {
                  when: spanIn(fromIso, untilIso, timeZone),
                  zone: timeZone,
                })
              : t('status.maintenance.zone_note', { zone: timeZone })}
          </Text>
        </Stack>
        <MultiSelect
          label={t('status.maintenance.components')}
          description={t('status.maintenance.components_hint')}
          placeholder={chosen.length === 0 ? t('status.maintenance.components_placeholder') : undefined}
          data={components.map((c) => ({ value: c.id, label: localName(c.name, lang) }))}
          value={chosen}
          onChange={setChosen}
          searchable
          clearable
          error={fieldError(save.error, 'component_ids')}
        />
        <FormAlert
          error={save.error}
          fields={['title', 'nl', 'en', 'body', 'scheduled_for', 'scheduled_until', 'component_ids']}
        />
        <FormButtons
          onCancel={onClose}
          submitLabel={m ? t('common.save') : t('status.maintenance.add')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
