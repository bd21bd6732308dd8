// What an unknown address inside the app shows.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('not_found.title')} />
      <Text mb="md">{t('not_found.body')}</Text>
      <Anchor component={Link} to="/">
        {t('not_found.home')}
      </Anchor>
    </>
  );
}
