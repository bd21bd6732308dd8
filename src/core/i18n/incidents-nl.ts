// Dutch words of the incidents area (errors, emails). Keys match incidents-en.ts; merged in index.ts.
import type { incidentsEn } from './incidents-en.js';

export const incidentsNl: Record<keyof typeof incidentsEn, string> = {};
