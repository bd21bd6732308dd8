// Warns before unsaved changes are left behind: closing or reloading the tab, or following a link elsewhere.
// (The app uses a declarative router, so useBlocker is not available; links are checked as they are clicked.)
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../confirm-modal';
import { EDIT_BASE } from './sections';

export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download'))
        return;
      const url = new URL(link.href);
      // Other sites are covered by beforeunload; the editor's own sections keep the draft.
      if (url.origin !== window.location.origin || url.pathname.startsWith(EDIT_BASE)) return;
      e.preventDefault();
      e.stopPropagation();
      setPending(url.pathname + url.search + url.hash);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [when]);

  return (
    <ConfirmModal
      opened={pending !== null}
      title={t('plan_edit.leave.title')}
      confirmLabel={t('plan_edit.leave.confirm')}
      danger
      onConfirm={() => {
        const to = pending;
        setPending(null);
        if (to) void navigate(to);
      }}
      onClose={() => setPending(null)}
    >
      {t('plan_edit.leave.body')}
    </ConfirmModal>
  );
}
