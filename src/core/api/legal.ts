// Request and response schemas of the legal clocks: the assessment, the obligations it creates, their drafts and
// submissions, the dashboard across incidents and the breach register.
import { z } from 'zod';
import { obligationKinds, obligationStatuses } from '../legal/obligations.js';
import { ZTimestamp } from './common.js';
import { ZIsoTime, ZOptionalText, ZText } from './incidents.js';

export const answers = ['yes', 'no', 'unknown'] as const;
export const dataCategories = ['ordinary', 'special', 'national_id', 'financial', 'children'] as const;
export const encryptions = ['yes', 'no', 'partly', 'unknown'] as const;
export const risks = ['none', 'risk', 'high', 'unknown'] as const;
export const nis2Criteria = ['severe_disruption', 'financial_loss', 'damage_to_others'] as const;
export const doraCriteria = [
  'critical_services',
  'malicious_access',
  'clients',
  'reputation',
  'duration',
  'geography',
  'data_losses',
  'economic',
] as const;

const ZAnswer = z.enum(answers, { error: 'field.enum' });
const ZCount = z.number({ error: 'field.number' }).int({ error: 'field.number' }).min(0).max(1e12).nullable();

export const ZAssessment = z.strictObject({
  gdpr: z.strictObject({
    personal_data: ZAnswer,
    categories: z.array(z.enum(dataCategories, { error: 'field.enum' }), { error: 'field.list' }).max(5),
    subjects_min: ZCount,
    subjects_max: ZCount,
    records: ZCount,
    encrypted: z.enum(encryptions, { error: 'field.enum' }),
    confidentiality: z.boolean({ error: 'field.boolean' }),
    integrity: z.boolean({ error: 'field.boolean' }),
    availability: z.boolean({ error: 'field.boolean' }),
    consequences: ZOptionalText(5000),
    risk: z.enum(risks, { error: 'field.enum' }),
    reasoning: ZOptionalText(5000),
  }),
  nis2: z.strictObject({
    significant: ZAnswer,
    criteria: z.array(z.enum(nis2Criteria, { error: 'field.enum' }), { error: 'field.list' }).max(3),
    malicious: ZAnswer,
    cross_border: ZAnswer,
    reasoning: ZOptionalText(5000),
  }),
  dora: z.strictObject({
    major: ZAnswer,
    classified_at: ZIsoTime.nullable(),
    criteria: z.array(z.enum(doraCriteria, { error: 'field.enum' }), { error: 'field.list' }).max(8),
    reasoning: ZOptionalText(5000),
  }),
});
export type Assessment = z.infer<typeof ZAssessment>;

/** The assessment as sent: moving a clock's starting moment (the DORA classification time) needs a reason. */
export const ZAssessmentRequest = ZAssessment.extend({ change_reason: ZOptionalText(2000) });

export const ZObligation = z.object({
  id: z.string(),
  kind: z.enum(obligationKinds),
  status: z.enum(obligationStatuses),
  /** What the clock starts from; null times when it has no fixed deadline or has not started yet. */
  starts_from: z.enum(['awareness', 'classification', 'previous_report', 'none']),
  starts_at: ZTimestamp.nullable(),
  due_at: ZTimestamp.nullable(),
  overdue: z.boolean(),
  not_required: z
    .object({ reasoning: z.string(), decided_by_name: z.string().nullable(), at: ZTimestamp })
    .nullable(),
  submission: z
    .object({
      submitted_at: ZTimestamp,
      submitted_by_name: z.string().nullable(),
      reference: z.string(),
      recorded_at: ZTimestamp,
    })
    .nullable(),
  created_at: ZTimestamp,
  /** A follow-up (GDPR Art. 33(4)) names the notification it adds to and is numbered 1, 2, ...; 0 otherwise. */
  follows_id: z.string().nullable(),
  sequence: z.number().int(),
  /** Whether a follow-up can be added to it now (a submitted notification to the supervisory authority). */
  can_follow_up: z.boolean(),
});
export type Obligation = z.infer<typeof ZObligation>;

export const ZLegal = z.object({
  regulatory: z.object({
    nis2_entity: z.enum(['essential', 'important', 'none']),
    dora_financial_entity: z.boolean(),
    supervisory_authority: z.string().nullable(),
    csirt: z.string().nullable(),
  }),
  assessment: ZAssessment.nullable(),
  assessed_at: ZTimestamp.nullable(),
  assessed_by_name: z.string().nullable(),
  obligations: z.array(ZObligation),
});
export type Legal = z.infer<typeof ZLegal>;

export const ZObligationParams = z.object({
  id: z.string().min(1).max(100),
  obligationId: z.string().min(1).max(100),
});

export const ZNotRequiredRequest = z.strictObject({ reasoning: ZText(5000) });
export const ZSubmitObligationRequest = z.strictObject({
  /** When it was sent to the authority; now when left out. Not in the future. */
  submitted_at: ZIsoTime.optional(),
  reference: ZText(200),
});

/** The notification draft: fields in the authority's order, pre-filled, each editable. */
export const ZDraftField = z.object({
  key: z.string(),
  section: z.string(),
  label: z.string(),
  value: z.string(),
  /** True while the value is still the one Stormbell filled in. */
  prefilled: z.boolean(),
});
export const ZObligationDraft = z.object({
  kind: z.enum(obligationKinds),
  title: z.string(),
  fields: z.array(ZDraftField),
  /** Set once submitted: the draft is then the document as sent and cannot change. */
  frozen: z.boolean(),
});
export const ZEditDraftRequest = z.strictObject({
  fields: z.record(z.string().max(100), z.string().max(20_000), { error: 'field.object' }),
});

/** Every open obligation across the incidents the person may see, soonest first. */
export const ZObligationDashboard = z.object({
  items: z.array(
    ZObligation.extend({
      incident_id: z.string(),
      reference: z.string(),
      title: z.string(),
      exercise: z.boolean(),
    }),
  ),
});

/** GDPR Art. 33(5): every personal-data breach, notified or not. */
export const ZBreachRegister = z.object({
  items: z.array(
    z.object({
      incident_id: z.string(),
      reference: z.string(),
      title: z.string(),
      awareness_at: ZTimestamp,
      categories: z.array(z.enum(dataCategories)),
      subjects_min: z.number().nullable(),
      subjects_max: z.number().nullable(),
      records: z.number().nullable(),
      consequences: z.string().nullable(),
      risk: z.enum(risks),
      measures: z.string().nullable(),
      authority_notified: z.enum(['yes', 'no', 'not_required', 'pending']),
      authority_reference: z.string().nullable(),
      subjects_informed: z.enum(['yes', 'no', 'not_required', 'pending']),
      decisions: z.array(z.object({ title: z.string(), rationale: z.string(), decided_at: ZTimestamp })),
    }),
  ),
});
