// Admin: the intake tokens per source, when each was last used, and revoking one (monitoring using it stops).
import { useTranslation } from 'react-i18next';
import { triageApi, triageKeys, type IntakeToken } from '../../api/triage';
import { RevocableTokenTable } from '../tokens/revocable-token-table';
import { SourceBadge } from './report-badges';

export function IntakeTokenTable({ tokens }: { tokens: IntakeToken[] }) {
  const { t } = useTranslation();
  return (
    <RevocableTokenTable
      tokens={tokens}
      extraColumns={[
        {
          key: 'source',
          label: t('triage.intake.source'),
          render: (tk: IntakeToken) => <SourceBadge source={tk.source} />,
        },
      ]}
      revoke={(token) => triageApi.revokeToken(token.id)}
      queryKey={triageKeys.tokens}
      words={{
        caption: t('triage.intake.tokens_caption'),
        emptyTitle: t('triage.intake.no_tokens'),
        emptyDescription: t('triage.intake.no_tokens_hint'),
        revokeTitle: t('triage.intake.revoke_title'),
        revokeBody: (name) => t('triage.intake.revoke_body', { name }),
        revokedMessage: (name) => t('triage.intake.revoked_message', { name }),
      }}
    />
  );
}
