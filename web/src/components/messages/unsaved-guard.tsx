// Asks before an unsaved message is left behind: closing or reloading the tab, or following a link in the app.
import { useTranslation } from 'react-i18next';
import { ConfirmLeave } from '../confirm-leave';

export function UnsavedGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return (
    <ConfirmLeave when={when} title={t('messages.leave.title')} confirmLabel={t('messages.leave.confirm')}>
      {t('messages.leave.body')}
    </ConfirmLeave>
  );
}
