// Evaluation's tables: the review, its contributions, action items.
// Part of the Kysely schema: schema.ts re-exports it and lists the tables in `Database`.

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
