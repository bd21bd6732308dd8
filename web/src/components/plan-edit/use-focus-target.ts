// Focuses the field the admin asked for (a link in the error summary), once its section has rendered it.
import { useEffect } from 'react';
import { fieldId, pathAndParents } from './field-id';
import type { Target } from './plan-edit-context';

const FRAMES = 10;

export function useFocusTarget(target: Target | null): void {
  useEffect(() => {
    if (!target) return;
    const [exact, ...parents] = pathAndParents(target.path).map(fieldId);
    let frame = 0;
    let tries = 0;
    // The section may still be opening (a route change, a phase tab, a template): wait a few frames for the
    // field itself, then settle for the closest part that is there ("roles.0.deputies" for "...deputies.1").
    const attempt = () => {
      const el =
        (exact ? document.getElementById(exact) : null) ??
        (tries >= FRAMES ? parents.map((id) => document.getElementById(id)).find(Boolean) : null);
      if (!el && tries++ < FRAMES) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      el?.scrollIntoView({ block: 'center' });
      el?.focus({ preventScroll: true });
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [target]);
}
