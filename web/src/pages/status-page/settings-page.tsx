// Admin: how the public status page looks: title, logo, accent colour (checked for contrast as you type), the time
// zone its times are shown in, and up to eight footer links.
import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Button,
  ColorInput,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldError } from '../../api/client';
import { statusApi, useStatusChange, useStatusSettings, type StatusSettings } from '../../api/status-page';
import { FormAlert } from '../../components/form-alert';
import { QueryState } from '../../components/query-state';
import { ConfirmLeave } from '../../components/confirm-leave';
import { contrastOnWhite, MIN_CONTRAST, timeZones } from '../../components/status-page/status-rules';

export default function StatusSettingsPage() {
  const settings = useStatusSettings();
  return (
    <QueryState query={settings} rows={6}>
      {(s) => <SettingsForm key={s.updated_at ?? 'new'} settings={s} />}
    </QueryState>
  );
}

type Link = StatusSettings['footer_links'][number];
const MAX_LINKS = 8;

/** The server's message for a field of footer link i (`footer_links.2.url`). */
function linkError(error: unknown, i: number, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const path = new RegExp(`^(body\\.)?footer_links\\.${i}\\.${field}`);
  return error.fieldErrors.find((e) => path.test(e.path ?? ''))?.message;
}

function SettingsForm({ settings }: { settings: StatusSettings }) {
  const { t } = useTranslation();
  const start = {
    title: settings.title,
    logo_url: settings.logo_url ?? '',
    accent_color: settings.accent_color,
    time_zone: settings.time_zone,
    footer_links: settings.footer_links,
  };
  const [value, setValue] = useState(start);
  const dirty = JSON.stringify(value) !== JSON.stringify(start);
  const set = <K extends keyof typeof value>(k: K, v: (typeof value)[K]) => setValue({ ...value, [k]: v });
  const setLink = (i: number, link: Link) =>
    set(
      'footer_links',
      value.footer_links.map((l, j) => (j === i ? link : l)),
    );
  const contrast = contrastOnWhite(value.accent_color);
  const contrastError =
    contrast !== null && contrast < MIN_CONTRAST
      ? t('status.settings.contrast_error', { ratio: contrast.toFixed(1), min: MIN_CONTRAST })
      : undefined;
  const save = useStatusChange(
    () =>
      statusApi.saveSettings({
        title: value.title,
        logo_url: value.logo_url.trim() ? value.logo_url.trim() : null,
        accent_color: value.accent_color,
        time_zone: value.time_zone,
        footer_links: value.footer_links,
      }),
    () => notifications.show({ color: 'green', message: t('status.settings.saved') }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(undefined);
  };
  const zones = timeZones(value.time_zone);

  return (
    <form onSubmit={submit} noValidate aria-label={t('status.settings.form_label')}>
      <ConfirmLeave
        when={dirty && !save.isPending}
        title={t('status.settings.leave_title')}
        confirmLabel={t('status.settings.leave_confirm')}
      >
        {t('status.settings.leave_body')}
      </ConfirmLeave>
      <Stack gap="lg" maw={760}>
        <TextInput
          label={t('status.settings.title')}
          description={t('status.settings.title_hint', { name: settings.organisation_name })}
          placeholder={settings.organisation_name}
          maxLength={120}
          value={value.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={fieldError(save.error, 'title')}
        />
        <TextInput
          label={t('status.settings.logo')}
          description={t('status.settings.logo_hint')}
          placeholder="https://"
          type="url"
          value={value.logo_url}
          onChange={(e) => set('logo_url', e.currentTarget.value)}
          error={fieldError(save.error, 'logo_url')}
        />
        <ColorInput
          label={t('status.settings.accent')}
          description={t('status.settings.accent_hint', { min: MIN_CONTRAST })}
          format="hex"
          withEyeDropper={false}
          swatches={['#1c4e80', '#0b6e4f', '#6a1b9a', '#b3261e', '#8a4b08', '#37474f']}
          value={value.accent_color}
          onChange={(v) => set('accent_color', v)}
          error={contrastError ?? fieldError(save.error, 'accent_color')}
          maw={320}
        />
        <Select
          label={t('status.settings.time_zone')}
          description={t('status.settings.time_zone_hint')}
          data={zones}
          searchable
          allowDeselect={false}
          value={value.time_zone}
          onChange={(v) => v && set('time_zone', v)}
          error={fieldError(save.error, 'time_zone')}
          maw={320}
          limit={60}
        />
        <Fieldset legend={t('status.settings.footer')} radius="md">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('status.settings.footer_hint', { max: MAX_LINKS })}
            </Text>
            {value.footer_links.map((link, i) => (
              <Stack
                key={i}
                gap="xs"
                pb="sm"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
                aria-label={t('status.settings.link_n', { n: i + 1 })}
                role="group"
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <TextInput
                    label={t('status.settings.link_label', { language: t('language.nl') })}
                    value={link.label.nl}
                    maxLength={120}
                    onChange={(e) =>
                      setLink(i, { ...link, label: { ...link.label, nl: e.currentTarget.value } })
                    }
                    error={linkError(save.error, i, 'label')}
                  />
                  <TextInput
                    label={t('status.settings.link_label', { language: t('language.en') })}
                    value={link.label.en}
                    maxLength={120}
                    onChange={(e) =>
                      setLink(i, { ...link, label: { ...link.label, en: e.currentTarget.value } })
                    }
                  />
                </SimpleGrid>
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('status.settings.link_url')}
                    placeholder="https://"
                    type="url"
                    value={link.url}
                    onChange={(e) => setLink(i, { ...link, url: e.currentTarget.value })}
                    error={linkError(save.error, i, 'url')}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={linkError(save.error, i, 'url') ? 22 : 0}
                    aria-label={t('status.settings.link_remove', { n: i + 1 })}
                    onClick={() =>
                      set(
                        'footer_links',
                        value.footer_links.filter((_, j) => j !== i),
                      )
                    }
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Stack>
            ))}
            <Button
              variant="default"
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={value.footer_links.length >= MAX_LINKS}
              onClick={() =>
                set('footer_links', [...value.footer_links, { label: { nl: '', en: '' }, url: '' }])
              }
            >
              {t('status.settings.link_add')}
            </Button>
          </Stack>
        </Fieldset>
        <FormAlert
          error={save.error}
          fields={[
            'title',
            'logo_url',
            'accent_color',
            'time_zone',
            'label',
            'url',
            'nl',
            'en',
            'footer_links',
          ]}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} disabled={!!contrastError}>
            {t('status.settings.save')}
          </Button>
          {dirty && (
            <Button variant="subtle" color="gray" onClick={() => setValue(start)}>
              {t('status.settings.undo')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
