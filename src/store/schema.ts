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
}
