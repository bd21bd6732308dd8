// Asks before unsaved work is left behind: closing or reloading the tab, or following a link in the app.
// (The app uses a declarative router, so useBlocker is not available; links are checked as they are clicked.)
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmModal } from './confirm-modal';

interface Props {
  /** Whether there is something to lose; nothing is checked while false. */
  when: boolean;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  /** Paths in the app that may be followed without asking (they keep the work); keep it stable. */
  allows?: (pathname: string) => boolean;
}

export function ConfirmLeave({ when, title, confirmLabel, children, allows }: Props) {
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
      // Other sites are covered by beforeunload.
      if (url.origin !== window.location.origin || allows?.(url.pathname)) return;
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
  }, [when, allows]);

  return (
    <ConfirmModal
      opened={pending !== null}
      title={title}
      confirmLabel={confirmLabel}
      danger
      onConfirm={() => {
        const to = pending;
        setPending(null);
        if (to) void navigate(to);
      }}
      onClose={() => setPending(null)}
    >
      {children}
    </ConfirmModal>
  );
}
