// The own API tokens on the account settings page: for the command-line tool and integrations; for admins, the
// webhook signing secret follows, the other half of connecting systems to Stormbell.
import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTokens } from '../../api/queries';
import { useIsAdmin } from '../../lib/session';
import { QueryState } from '../query-state';
import { Section } from '../section';
import { CreateToken } from '../tokens/create-token';
import { TokenTable } from '../tokens/token-table';
import { WebhookSecretSection } from './webhook-secret-section';

export function OwnTokensSection() {
  const { t } = useTranslation();
  const tokens = useTokens(false);
  const isAdmin = useIsAdmin();
  return (
    <>
      <Section id="api-tokens" title={t('tokens.own_title')} description={t('tokens.own_intro')}>
        <CreateToken />
        <Divider />
        <QueryState query={tokens} rows={2}>
          {(items) => <TokenTable tokens={items} emptyDescription={t('tokens.own_empty')} />}
        </QueryState>
      </Section>
      {isAdmin && <WebhookSecretSection />}
    </>
  );
}
