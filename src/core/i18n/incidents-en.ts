// English words of the incidents area (errors, emails). Keys match incidents-nl.ts; merged in index.ts.
export const incidentsEn = {} as const;
