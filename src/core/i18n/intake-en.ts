// English words of the intake area (errors, emails). Keys match intake-nl.ts; merged in index.ts.
export const intakeEn = {} as const;
