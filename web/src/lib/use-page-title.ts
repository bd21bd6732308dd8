// Sets the browser tab's title for a page, e.g. "Accounts · Stormbell".
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Stormbell` : 'Stormbell';
  }, [title]);
}
