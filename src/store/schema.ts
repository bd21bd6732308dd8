// The tables as Kysely sees them. Times are ISO 8601 UTC strings with milliseconds on both databases, so they
// sort as text and read back the same everywhere; JSON is stored as text.

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

/** The status page's settings: one row, id 'page'. */
export interface StatusSettingsTable {
  id: string;
  title: string;
  logo_url: string | null;
  accent_color: string;
  time_zone: string;
  /** JSON: [{label: {nl, en}, url}] */
  footer_links: string;
  updated_at: string;
}

export interface StatusComponentGroupTable {
  id: string;
  name_nl: string;
  name_en: string;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface StatusComponentTable {
  id: string;
  group_id: string | null;
  name_nl: string;
  name_en: string;
  description_nl: string;
  description_en: string;
  position: number;
  status: string;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
  /** Removed from the page; the row stays for the history. */
  removed_at: string | null;
}

/** Every status a component took: created | direct | message | maintenance. */
export interface StatusComponentChangeTable {
  id: string;
  component_id: string;
  status: string;
  previous_status: string | null;
  at: string;
  source: string;
  source_id: string | null;
}

export interface StatusMaintenanceTable {
  id: string;
  title_nl: string;
  title_en: string;
  body_nl: string;
  body_en: string;
  scheduled_for: string;
  scheduled_until: string;
  /** JSON array of component ids. */
  component_ids: string;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
  started_notice_at: string | null;
  ended_notice_at: string | null;
}

/** The status-page part of a message. */
export interface MessageStatusUpdateTable {
  message_id: string;
  incident_status: string;
  impact: string;
  /** JSON: [{id, status}] */
  components: string;
  /** JSON at publication: [{id, old_status, new_status}]; null before. */
  applied: string | null;
}

/** A subscriber of the public status page (email with double opt-in, or webhook). */
export interface StatusSubscriberTable {
  id: string;
  kind: string;
  address: string;
  language: string;
  /** JSON array of component ids; null: everything. */
  component_ids: string | null;
  token: string;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  source: string;
}

export interface ReviewTable {
  incident_id: string;
  /** open | done | skipped */
  state: string;
  skip_reason: string | null;
  completed_at: string | null;
  completed_by: string | null;
  communication_assessment: string;
  lessons: string;
  texts_updated_at: string | null;
  texts_updated_by: string | null;
  created_at: string;
  updated_at: string;
}
export interface ReviewContributionTable {
  id: string;
  incident_id: string;
  author_id: string | null;
  went_well: string;
  went_wrong: string;
  created_at: string;
  updated_at: string;
}
export interface ActionItemTable {
  id: string;
  incident_id: string;
  title: string;
  description: string;
  /** The owner: an account, or (owner_account_id null) a free name. */
  owner_account_id: string | null;
  owner_name: string | null;
  /** YYYY-MM-DD */
  due_on: string | null;
  /** open | doing | done | dropped */
  status: string;
  plan_part: string;
  closed_by_plan_version: number | null;
  close_note: string;
  closed_at: string | null;
  closed_by: string | null;
  /** The overdue reminder: when it went out and for which due date (once per item and due date). */
  reminded_at: string | null;
  reminded_for: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
/** A table-top exercise and its clock (see migrations/0010-exercises.ts). Times in ms are exercise time. */
export interface ExerciseTable {
  id: string;
  title: string;
  language: string;
  script_id: string | null;
  /** JSON: the validated script. */
  script: string;
  scenario_id: string;
  /** team | facilitator */
  declared_by: string;
  incident_id: string | null;
  /** running | paused | ended */
  status: string;
  speed: number;
  started_at: string;
  started_by: string | null;
  clock_ms: number | string;
  clock_at: string;
  /** JSON: [{at, ms, speed, running}] */
  clock_log: string;
  ended_at: string | null;
  ended_ms: number | string | null;
  updated_at: string;
}
export interface ExerciseInjectTable {
  exercise_id: string;
  inject_id: string;
  title: string;
  body: string;
  to_roles: string;
  how: string;
  from_persona: string | null;
  due_ms: number | string;
  fired_at: string;
  fired_ms: number | string;
  early: number;
  ad_hoc: number;
  emails: number;
  on_timeline: number;
}
export interface ExerciseExpectationTable {
  exercise_id: string;
  expectation_id: string;
  /** pending | met | late | missed */
  outcome: string;
  deadline_ms: number | string;
  met_at: string | null;
  met_ms: number | string | null;
  event_id: string | null;
  updated_at: string;
}
export interface ExerciseNoteTable {
  id: string;
  exercise_id: string;
  author_id: string | null;
  text: string;
  at: string;
  exercise_ms: number | string;
}
export interface ExerciseFeedbackTable {
  id: string;
  exercise_id: string;
  account_id: string;
  rating: number;
  went_well: string;
  to_improve: string;
  created_at: string;
  updated_at: string;
}
export interface ExerciseActionTable {
  id: string;
  exercise_id: string;
  action_item_id: string;
  expectation_id: string | null;
  title: string;
  created_at: string;
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
