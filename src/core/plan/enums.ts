// The fixed value sets of a response plan: kinds, channels, phases, approvals and the standard roles.

export const PLAN_SCHEMA_VERSION = 1;

export const planLanguages = ['nl', 'en'] as const;

export const contactKinds = [
  'insurer',
  'outside_counsel',
  'forensics',
  'hosting',
  'police',
  'supervisory_authority',
  'csirt',
  'other',
] as const;

export const nis2Entities = ['essential', 'important', 'none'] as const;

export const criticalities = ['critical', 'high', 'medium', 'low'] as const;

export const channels = [
  'email',
  'status_page',
  'internal_page',
  'chat',
  'webhook',
  'press',
  'regulator',
] as const;

export const legalRegimes = ['gdpr', 'nis2', 'dora'] as const;

/** The four working phases of an incident, in order (`closed` is a state, not a phase with tasks). */
export const phases = ['detection', 'containment', 'recovery', 'evaluation'] as const;

export const templateKinds = ['holding', 'update', 'resolved'] as const;

/**
 * What a role may approve. Messages need the approval that fits their audience (see `approvalForAudience`);
 * the decisions are the ones with business or legal weight that the incident commander must not take alone.
 */
export const approvals = [
  'internal_messages',
  'external_messages',
  'regulator_notifications',
  'shutdown_decisions',
  'recovery_decisions',
  'business_decisions',
  'incident_closure',
] as const;

/** Roles every plan has, so that declaring an incident and the default approval chains can rely on them. */
export const standardRoles = [
  'incident_commander',
  'technical_lead',
  'communications_lead',
  'legal',
  'privacy_officer',
  'hr',
  'management',
  'scribe',
] as const;

export type PlanLanguage = (typeof planLanguages)[number];
export type ContactKind = (typeof contactKinds)[number];
export type Nis2Entity = (typeof nis2Entities)[number];
export type Criticality = (typeof criticalities)[number];
export type Channel = (typeof channels)[number];
export type LegalRegime = (typeof legalRegimes)[number];
export type Phase = (typeof phases)[number];
export type TemplateKind = (typeof templateKinds)[number];
export type Approval = (typeof approvals)[number];
export type StandardRole = (typeof standardRoles)[number];

/** The approval a role needs to sign off a message to this audience. */
export function approvalForAudience(audience: { internal: boolean; channels: readonly string[] }): Approval {
  if (audience.channels.includes('regulator')) return 'regulator_notifications';
  return audience.internal ? 'internal_messages' : 'external_messages';
}

/** Ids are lower_snake_case: a small letter first, then small letters and digits in words joined by "_". */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Digits with spaces, dashes, dots or brackets, and an optional "+" in front: "+31 6 1234 5678", "0900-8844". */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{1,30}[0-9]$/;
