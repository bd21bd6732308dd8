// The logged-in account and the system info for pages inside the logged-in layout, where both are loaded.
import type { Account, SystemInfo } from '../api/types';
import { useMe, useSystem } from '../api/queries';

export function useAccount(): Account {
  const me = useMe();
  if (!me.data) throw new Error('useAccount() outside the logged-in part of the app');
  return me.data;
}

export function useSystemInfo(): SystemInfo {
  const system = useSystem();
  if (!system.data) throw new Error('useSystemInfo() before the system info has loaded');
  return system.data;
}

export function useIsAdmin(): boolean {
  return useAccount().access_level === 'admin';
}
