// The own API tokens on the account settings page: for the command-line tool and integrations.
import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTokens } from '../../api/queries';
import { QueryState } from '../query-state';
import { Section } from '../section';
import { CreateToken } from '../tokens/create-token';
import { TokenTable } from '../tokens/token-table';

export function OwnTokensSection() {
  const { t } = useTranslation();
  const tokens = useTokens(false);
  return (
    <Section id="api-tokens" title={t('tokens.own_title')} description={t('tokens.own_intro')}>
      <CreateToken />
      <Divider />
      <QueryState query={tokens} rows={2}>
        {(items) => <TokenTable tokens={items} emptyDescription={t('tokens.own_empty')} />}
      </QueryState>
    </Section>
  );
}
