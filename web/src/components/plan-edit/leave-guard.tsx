// Warns before unsaved plan changes are left behind: closing or reloading the tab, or following a link elsewhere.
import { useTranslation } from 'react-i18next';
import { ConfirmLeave } from '../confirm-leave';
import { EDIT_BASE } from './sections';

// The editor's own sections keep the draft.
const inEditor = (pathname: string) => pathname.startsWith(EDIT_BASE);

export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return (
    <ConfirmLeave
      when={when}
      allows={inEditor}
      title={t('plan_edit.leave.title')}
      confirmLabel={t('plan_edit.leave.confirm')}
    >
      {t('plan_edit.leave.body')}
    </ConfirmLeave>
  );
}
