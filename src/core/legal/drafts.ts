// The pre-filled notification drafts (SPEC section 6): per obligation kind, the fields the authority asks for, in
// its order, filled from the incident in Dutch or English. Pure; the regimes live in drafts-gdpr/-nis2/-dora.ts.
import type { Language } from '../api/common.js';
import type { Assessment } from '../api/legal.js';
import { t } from '../i18n/index.js';
import { authorityDraft, dataSubjectsDraft, registerDraft } from './drafts-gdpr.js';
import { doraFinalDraft, doraInitialDraft, doraIntermediateDraft } from './drafts-dora.js';
import { nis2EarlyWarningDraft, nis2FinalDraft, nis2NotificationDraft } from './drafts-nis2.js';
import { DraftWriter, type DraftField } from './drafts-values.js';
import type { ObligationKind } from './obligations.js';

export type { DraftField } from './drafts-values.js';

export interface DraftInput {
  organisation: { name: string };
  /** The plan's privacy officer (primary person) or other contact point: name, email, phone. */
  contact: { name: string; email: string | null; phone: string | null; role: string } | null;
  /** The plan's supervisory authority or CSIRT contact: where the report goes. */
  authority: { organisation: string; name?: string; email?: string; phone?: string } | null;
  incident: {
    reference: string;
    title: string;
    scenario: string;
    severity: string;
    phase: string;
    awareness_at: string;
    declared_at: string;
    eta_at: string | null;
    personal_data: 'yes' | 'no' | 'unknown';
  };
  /** The latest fact sheet. */
  facts: {
    what_happened: string;
    affected: string;
    actions: string;
    advice: string;
    expected_recovery: string;
  } | null;
  assessment: Assessment | null;
  services: Array<{ name: string; state: string }>;
  decisions: Array<{ title: string; rationale: string; decided_at: string }>;
  /** Earlier submissions of this incident (for follow-ups and "updates the early warning"). */
  submissions: Array<{ kind: ObligationKind; submitted_at: string; reference: string }>;
  /** Messages published to the data subjects / affected audience, if any (for "have data subjects been informed"). */
  informed: Array<{ audience: string; published_at: string }>;
  now: string;
  timeZone: string;
}

const builders: Record<ObligationKind, (w: DraftWriter) => void> = {
  gdpr_register: registerDraft,
  gdpr_authority: authorityDraft,
  gdpr_follow_up: authorityDraft,
  gdpr_data_subjects: dataSubjectsDraft,
  nis2_early_warning: nis2EarlyWarningDraft,
  nis2_notification: nis2NotificationDraft,
  nis2_final: nis2FinalDraft,
  dora_initial: doraInitialDraft,
  dora_intermediate: doraIntermediateDraft,
  dora_final: doraFinalDraft,
};

/**
 * The draft's fields in the authority's order, each with a stable key, its section and label in the language, and a
 * value filled from the incident. Nothing is left blank: what is not known says so, and what Stormbell does not
 * record (an LEI, indicators of compromise) says it is to be filled in.
 */
export function draftFields(kind: ObligationKind, input: DraftInput, language: Language): DraftField[] {
  const w = new DraftWriter(input, language);
  builders[kind](w);
  return w.fields;
}

/** The draft's title, as the document and the incident page show it. */
export function draftTitle(kind: ObligationKind, language: Language): string {
  return t(language, `legal.draft.title.${kind}`);
}
