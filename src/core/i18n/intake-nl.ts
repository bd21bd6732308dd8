// Dutch words of the intake area (errors, emails). Keys match intake-en.ts; merged in index.ts.
import type { intakeEn } from './intake-en.js';

export const intakeNl: Record<keyof typeof intakeEn, string> = {};
