// The tables as Kysely sees them. Times are ISO 8601 UTC strings with milliseconds on both databases, so they
// sort as text and read back the same everywhere; JSON is stored as text.

import type {
  StatusSettingsTable,
  StatusComponentGroupTable,
  StatusComponentTable,
  StatusComponentChangeTable,
  StatusMaintenanceTable,
  MessageStatusUpdateTable,
  StatusSubscriberTable,
  StatusFanOutTable,
} from './schema-status-page.js';
import type { ReviewTable, ReviewContributionTable, ActionItemTable } from './schema-evaluation.js';
import type {
  ExerciseTable,
  ExerciseInjectTable,
  ExerciseExpectationTable,
  ExerciseNoteTable,
  ExerciseFeedbackTable,
  ExerciseActionTable,
} from './schema-exercises.js';

export type * from './schema-status-page.js';
export type * from './schema-evaluation.js';
export type * from './schema-exercises.js';

export interface OrganisationTable {
  id: string;
  name: string;
  default_language: string;
  secret: string;
  created_at: string;
}

export interface AccountTable {
  id: string;
  email: string;
  name: string;
  language: string;
  access_level: string;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  deactivated_at: string | null;
}

export interface SessionTable {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AccountTokenTable {
  id: string;
  account_id: string;
  purpose: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
}

export interface TimelineChainTable {
  chain_id: string;
  last_seq: number;
  last_hash: string;
}

export interface TimelineEventTable {
  id: string;
  chain_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  type: string;
  subject: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface DeliveryTable {
  id: string;
  idempotency_key: string;
  channel: string;
  recipient: string;
  payload: string;
  status: string;
  attempts: number;
  max_attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  incident_id: string | null;
  message_id: string | null;
  language: string | null;
}

export interface DeliveryAttemptTable {
  id: string;
  delivery_id: string;
  at: string;
  ok: number;
  error: string | null;
}

export interface MailboxTable {
  id: string;
  delivery_id: string | null;
  message_id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: string;
}

export interface PlanVersionTable {
  number: number;
  yaml: string;
  description: string;
  author_id: string | null;
  created_at: string;
  restored_from: number | null;
}

export interface ContactCheckTable {
  id: string;
  plan_version: number;
  started_by: string | null;
  started_at: string;
}

export interface ContactCheckEntryTable {
  id: string;
  check_id: string;
  person_id: string;
  name: string;
  email: string;
  token_hash: string;
  acknowledged_at: string | null;
}

export interface IncidentCounterTable {
  year: number;
  last_seq: number;
}

export interface IncidentTable {
  id: string;
  reference: string;
  title: string;
  scenario_id: string;
  severity_id: string;
  phase: string;
  restricted: number;
  exercise: number;
  personal_data: string;
  awareness_at: string;
  declared_at: string;
  declared_by: string | null;
  eta_at: string | null;
  eta_confidence: string | null;
  plan_version: number;
  phase_changed_at: string;
  closed_at: string | null;
  updated_at: string;
}

export interface IncidentRoleTable {
  incident_id: string;
  role_id: string;
  person_id: string | null;
  account_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  assigned_at: string;
}

export interface IncidentMemberTable {
  incident_id: string;
  account_id: string;
  added_at: string;
}

export interface TaskTable {
  id: string;
  incident_id: string;
  phase: string;
  position: number;
  title: string;
  caution: string | null;
  owner_role: string | null;
  owner_account_id: string | null;
  status: string;
  skip_reason: string | null;
  due_at: string | null;
  source: string;
  created_at: string;
  updated_at: string;
}

export interface DecisionTable {
  id: string;
  incident_id: string;
  title: string;
  rationale: string;
  alternatives: string | null;
  business_impact: string | null;
  decided_by: string | null;
  decided_at: string;
}

export interface FactSheetTable {
  incident_id: string;
  version: number;
  what_happened: string;
  affected: string;
  actions: string;
  advice: string;
  expected_recovery: string;
  next_update_at: string | null;
  author_id: string | null;
  created_at: string;
}

export interface IncidentServiceTable {
  incident_id: string;
  service_id: string;
  state: string;
  updated_at: string;
}

export interface IncidentAudienceTable {
  incident_id: string;
  audience_id: string;
  cadence_minutes: number;
}

export interface ReportTable {
  id: string;
  source: string;
  fingerprint: string | null;
  status: string;
  alert_state: string | null;
  title: string;
  description: string;
  system: string | null;
  severity_hint: string | null;
  occurred_at: string | null;
  reporter_name: string | null;
  reporter_contact: string | null;
  payload: string;
  received_at: string;
  last_received_at: string;
  times_received: number;
  incident_id: string | null;
  dismissed_reason: string | null;
  handled_by: string | null;
  handled_at: string | null;
}

export interface IntakeTokenTable {
  id: string;
  source: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  created_by: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  response: string;
  created_at: string;
}

export interface MessageTable {
  id: string;
  incident_id: string;
  audience_id: string;
  status: string;
  kind: string;
  template_id: string | null;
  channels: string;
  fact_sheet_version: number | null;
  corrects_id: string | null;
  revision: number;
  author_id: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  published_at: string | null;
  published_by: string | null;
  rejected_at: string | null;
  rejected_by: string | null;
  rejection_comment: string | null;
}

export interface MessageContentTable {
  message_id: string;
  language: string;
  subject: string;
  body: string;
}

export interface MessageApprovalTable {
  id: string;
  message_id: string;
  revision: number;
  role_id: string;
  account_id: string;
  via: string;
  at: string;
  voided_at: string | null;
}

export interface CadenceReminderTable {
  incident_id: string;
  audience_id: string;
  due_at: string;
  sent_at: string;
}

export interface AssessmentTable {
  incident_id: string;
  answers: string;
  assessed_at: string;
  assessed_by: string | null;
}

export interface ObligationTable {
  id: string;
  incident_id: string;
  kind: string;
  status: string;
  created_at: string;
  decision_id: string | null;
  not_required_reasoning: string | null;
  not_required_by: string | null;
  not_required_at: string | null;
  draft_edits: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  reference: string | null;
  recorded_at: string | null;
  document: string | null;
  /** A follow-up notification (GDPR Art. 33(4)): the obligation it adds to; its sequence is 1, 2, ... */
  follows_id: string | null;
  sequence: number;
}

/** People to tell for one incident's audience, uploaded as CSV (the people affected by a breach). */
export interface IncidentRecipientTable {
  id: string;
  incident_id: string;
  audience_id: string;
  email: string;
  name: string | null;
  language: string;
  created_at: string;
  created_by: string | null;
}

export interface ObligationReminderTable {
  obligation_id: string;
  step: string;
  due_at: string;
  sent_at: string;
}

export interface Database {
  organisation: OrganisationTable;
  accounts: AccountTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  account_tokens: AccountTokenTable;
  login_throttle: LoginThrottleTable;
  timeline_chains: TimelineChainTable;
  timeline_events: TimelineEventTable;
  deliveries: DeliveryTable;
  delivery_attempts: DeliveryAttemptTable;
  mailbox: MailboxTable;
  plan_versions: PlanVersionTable;
  contact_checks: ContactCheckTable;
  contact_check_entries: ContactCheckEntryTable;
  incident_counters: IncidentCounterTable;
  incidents: IncidentTable;
  incident_roles: IncidentRoleTable;
  incident_members: IncidentMemberTable;
  tasks: TaskTable;
  decisions: DecisionTable;
  fact_sheets: FactSheetTable;
  incident_services: IncidentServiceTable;
  incident_audiences: IncidentAudienceTable;
  reports: ReportTable;
  intake_tokens: IntakeTokenTable;
  idempotency_keys: IdempotencyKeyTable;
  messages: MessageTable;
  message_contents: MessageContentTable;
  message_approvals: MessageApprovalTable;
  cadence_reminders: CadenceReminderTable;
  assessments: AssessmentTable;
  obligations: ObligationTable;
  obligation_reminders: ObligationReminderTable;
  status_settings: StatusSettingsTable;
  status_component_groups: StatusComponentGroupTable;
  status_components: StatusComponentTable;
  status_component_changes: StatusComponentChangeTable;
  status_maintenances: StatusMaintenanceTable;
  message_status_updates: MessageStatusUpdateTable;
  incident_recipients: IncidentRecipientTable;
  status_subscribers: StatusSubscriberTable;
  status_fan_outs: StatusFanOutTable;
  reviews: ReviewTable;
  review_contributions: ReviewContributionTable;
  action_items: ActionItemTable;
  exercises: ExerciseTable;
  exercise_injects: ExerciseInjectTable;
  exercise_expectations: ExerciseExpectationTable;
  exercise_notes: ExerciseNoteTable;
  exercise_feedback: ExerciseFeedbackTable;
  exercise_actions: ExerciseActionTable;
}
