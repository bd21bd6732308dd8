// The employee's report: what happened (required), when, which system, and optionally who they are.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Divider, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconClockPause, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldError } from '../../api/client';
import { triageApi } from '../../api/triage';
import { FormAlert } from '../../components/form-alert';
import { currentLanguage } from '../../i18n';

export interface SentReport {
  receivedAt: string;
  withContact: boolean;
}

const FIELDS = ['what_happened', 'when', 'system', 'name', 'contact'];

export function ReportForm({ formKey, onSent }: { formKey: string; onSent: (sent: SentReport) => void }) {
  const { t } = useTranslation();
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState('');
  const [system, setSystem] = useState('');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [missing, setMissing] = useState(false);

  const send = useMutation({
    mutationFn: () => {
      const optional = (v: string) => v.trim() || undefined;
      return triageApi.sendReport(formKey, {
        what_happened: what.trim(),
        when: optional(when),
        system: optional(system),
        name: optional(name),
        contact: optional(contact),
        language: currentLanguage(),
      });
    },
    onSuccess: (result) => {
      onSent({ receivedAt: result.received_at, withContact: Boolean(contact.trim()) });
      window.scrollTo({ top: 0 });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!what.trim()) return setMissing(true);
    send.mutate();
  };

  const limited = send.error instanceof ApiError && send.error.status === 429 ? send.error : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t('triage.report.what')}
          description={t('triage.report.what_hint')}
          required
          autosize
          minRows={4}
          maxLength={5000}
          value={what}
          onChange={(e) => {
            setWhat(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('triage.report.what_required') : fieldError(send.error, 'what_happened')}
        />
        <TextInput
          label={t('triage.report.when')}
          description={t('triage.report.when_hint')}
          placeholder={t('triage.report.when_placeholder')}
          value={when}
          maxLength={200}
          onChange={(e) => setWhen(e.currentTarget.value)}
          error={fieldError(send.error, 'when')}
        />
        <TextInput
          label={t('triage.report.system')}
          description={t('triage.report.system_hint')}
          value={system}
          maxLength={200}
          onChange={(e) => setSystem(e.currentTarget.value)}
          error={fieldError(send.error, 'system')}
        />
        <Divider label={t('triage.report.about_you')} labelPosition="left" mt="xs" />
        <Text size="sm" c="dimmed" mt={-8}>
          {t('triage.report.about_you_hint')}
        </Text>
        <TextInput
          label={t('triage.report.name')}
          autoComplete="name"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(send.error, 'name')}
        />
        <TextInput
          label={t('triage.report.contact')}
          description={t('triage.report.contact_hint')}
          autoComplete="tel"
          value={contact}
          maxLength={200}
          onChange={(e) => setContact(e.currentTarget.value)}
          error={fieldError(send.error, 'contact')}
        />
        {limited ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconClockPause aria-hidden />}
            title={t('triage.report.limited_title')}
            role="alert"
          >
            {limited.detail} {t('triage.report.urgent_call')}
          </Alert>
        ) : (
          <FormAlert error={send.error} fields={FIELDS} />
        )}
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={send.isPending}
          leftSection={<IconSend aria-hidden />}
        >
          {t('triage.report.submit')}
        </Button>
        <Text size="sm" c="dimmed" ta="center">
          {t('triage.report.who_reads')}
        </Text>
      </Stack>
    </form>
  );
}
