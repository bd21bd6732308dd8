// Access levels and what each route or action demands of the caller.

export const accessLevels = ['viewer', 'responder', 'admin'] as const;
export type AccessLevel = (typeof accessLevels)[number];

/** What a route requires: nobody in particular, or at least the given level. */
export type RouteAccess = 'public' | AccessLevel;

const rank: Record<AccessLevel, number> = { viewer: 1, responder: 2, admin: 3 };

export function hasAccess(level: AccessLevel, required: AccessLevel): boolean {
  return rank[level] >= rank[required];
}
