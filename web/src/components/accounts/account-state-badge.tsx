// An account's state in a word: active, invited (no password chosen yet) or deactivated.
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { StatusBadge } from '../status-badge';

export function AccountStateBadge({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [color, label] = !account.active
    ? ['gray', t('accounts.state.deactivated')]
    : account.invitation_pending
      ? ['orange', t('accounts.state.invited')]
      : ['green', t('accounts.state.active')];
  return <StatusBadge color={color}>{label}</StatusBadge>;
}
