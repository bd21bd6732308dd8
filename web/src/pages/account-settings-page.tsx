// The person's own account: name, language, password and API tokens; for admins, the webhook signing secret.
import { useEffect } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageHeader } from '../components/page-header';
import { OwnTokensSection } from '../components/settings/own-tokens-section';
import { PasswordSection } from '../components/settings/password-section';
import { ProfileSection } from '../components/settings/profile-section';
import { WebhookSecretSection } from '../components/settings/webhook-secret-section';
import { useIsAdmin } from '../lib/session';

export function AccountSettingsPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const isAdmin = useIsAdmin();

  // Links like /settings#api-tokens scroll to their section once it is on the page.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <Stack gap="lg">
        <ProfileSection />
        <PasswordSection />
        <OwnTokensSection />
        {isAdmin && <WebhookSecretSection />}
      </Stack>
    </>
  );
}
