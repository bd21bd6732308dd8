// API tokens as a list: name, owner (for admins), prefix, created, last used, and revoking with a confirmation.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiToken } from '../../api/types';
import { RevocableTokenTable } from './revocable-token-table';

interface Props {
  tokens: ApiToken[];
  showOwner?: boolean;
  emptyDescription?: string;
}

export function TokenTable({ tokens, showOwner = false, emptyDescription }: Props) {
  const { t } = useTranslation();
  return (
    <RevocableTokenTable
      tokens={tokens}
      extraColumns={
        showOwner
          ? [{ key: 'owner', label: t('tokens.owner'), render: (tk: ApiToken) => tk.account_name }]
          : []
      }
      revoke={(token) => api.delete(`/tokens/${encodeURIComponent(token.id)}`)}
      queryKey={['tokens']}
      words={{
        caption: t('tokens.caption'),
        emptyTitle: t('tokens.empty'),
        emptyDescription,
        revokeTitle: t('tokens.revoke_title'),
        revokeBody: (name) => t('tokens.revoke_body', { name }),
        revokedMessage: (name) => t('tokens.revoked_message', { name }),
      }}
    />
  );
}
