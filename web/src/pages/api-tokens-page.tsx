// Admin: every API token in the organisation, whose it is, when it was last used, and revoking it.
import { Anchor, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTokens } from '../api/queries';
import { PageHeader } from '../components/page-header';
import { QueryState } from '../components/query-state';
import { TokenTable } from '../components/tokens/token-table';

export default function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useTokens(true);
  return (
    <>
      <PageHeader title={t('tokens.all_title')} description={t('tokens.all_intro')} />
      <Text size="sm" mb="md">
        <Trans
          i18nKey="tokens.all_create_hint"
          components={{ settings: <Anchor component={Link} to="/settings#api-tokens" /> }}
        />
      </Text>
      <QueryState query={tokens}>{(items) => <TokenTable tokens={items} showOwner />}</QueryState>
    </>
  );
}
