// The lists the legal client mirrors from core (to keep zod out of the bundle) must hold the same values, and its
// per-incident queries sit under the incident's key so the live stream refreshes them.
import { describe, expect, it, vi } from 'vitest';
import {
  answers,
  dataCategories,
  doraCriteria,
  encryptions,
  nis2Criteria,
  risks,
} from '../../../src/core/api/legal';
import { obligationKinds } from '../../../src/core/legal/obligations';
import {
  ANSWERS,
  DATA_CATEGORIES,
  DORA_CRITERIA,
  ENCRYPTIONS,
  NIS2_CRITERIA,
  OBLIGATION_KINDS,
  RISKS,
  exportUrl,
  legalKeys,
} from './legal';

// The client reads the browser's language and cookies; these values do not need it.
vi.mock('./client', () => ({ api: {}, ApiError: class {} }));

describe('legal client', () => {
  it('mirrors core, in the same order', () => {
    expect([...OBLIGATION_KINDS]).toEqual([...obligationKinds]);
    expect([...ANSWERS]).toEqual([...answers]);
    expect([...DATA_CATEGORIES]).toEqual([...dataCategories]);
    expect([...ENCRYPTIONS]).toEqual([...encryptions]);
    expect([...RISKS]).toEqual([...risks]);
    expect([...NIS2_CRITERIA]).toEqual([...nis2Criteria]);
    expect([...DORA_CRITERIA]).toEqual([...doraCriteria]);
  });

  it("keeps an incident's legal queries under its key, and the cross-incident ones under one prefix", () => {
    expect(legalKeys.legal('INC-1').slice(0, 2)).toEqual(['incident', 'INC-1']);
    expect(legalKeys.draft('INC-1', 'o1').slice(0, 2)).toEqual(['incident', 'INC-1']);
    expect(legalKeys.dashboard.slice(0, 1)).toEqual([...legalKeys.across]);
    expect(legalKeys.register.slice(0, 1)).toEqual([...legalKeys.across]);
  });

  it('builds download addresses with the ids encoded', () => {
    expect(exportUrl('a b', 'o/1', 'pdf')).toBe('/api/v1/incidents/a%20b/obligations/o%2F1/export.pdf');
  });
});
