/** Decisions, conflict topics and repair attempts (0006). */

export interface DecisionSettingsTable {
  space_id: string;
  vetoes_per_month: number;
  updated_at: string;
}

/** A question decided together; `revealed_at` once everyone scored, `decided_at` once chosen. */
export interface DecisionsTable {
  id: string;
  space_id: string;
  question: string;
  details: string;
  opened_by: string;
  deadline_on: string | null;
  /** The start of the deadline day in the opener's zone: when those still to score hear of it. */
  deadline_at: string | null;
  deadline_reminded: number;
  revealed_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  chosen_option_id: string | null;
  why: string | null;
  review_on: string | null;
  /** The start of the review day in the recorder's zone: when "still the right call?" is asked. */
  review_at: string | null;
  review_reminded: number;
  link_kind: string | null;
  link_ref: string | null;
  created_at: string;
  updated_at: string;
}

export interface DecisionOptionsTable {
  id: string;
  decision_id: string;
  space_id: string;
  label: string;
  details: string;
  status_quo: number;
  added_by: string;
  created_at: string;
}

/** One member's score of one option: sealed from the others until everyone has scored. */
export interface DecisionScoresTable {
  option_id: string;
  decision_id: string;
  space_id: string;
  user_id: string;
  score: number;
  veto: number;
  could_live_with: number;
  vetoed_at: string | null;
  scored_at: string;
}

export interface DecisionReviewsTable {
  decision_id: string;
  space_id: string;
  user_id: string;
  verdict: string;
  note: string;
  answered_at: string;
}

/** A conflict topic, found only by its participants. */
export interface ConflictTopicsTable {
  id: string;
  space_id: string;
  title: string;
  text: string;
  raised_by: string;
  /** JSON array of lower-case tags. */
  tags: string;
  paused_by: string | null;
  paused_at: string | null;
  paused_until: string | null;
  pause_reminded: number;
  /** Everyone had written their side once. */
  revealed_at: string | null;
  proposed_by: string | null;
  check_on: string | null;
  check_at: string | null;
  check_reminded: number;
  agreed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConflictParticipantsTable {
  topic_id: string;
  space_id: string;
  user_id: string;
}

/** One side of a topic: sealed from the others until every participant has written theirs. */
export interface ConflictPerspectivesTable {
  topic_id: string;
  space_id: string;
  user_id: string;
  happened: string;
  felt: string;
  need: string;
  my_part: string;
  written_at: string;
}

export interface ConflictConsentsTable {
  topic_id: string;
  space_id: string;
  user_id: string;
  agreed_at: string;
}

export interface ConflictFollowUpsTable {
  topic_id: string;
  space_id: string;
  user_id: string;
  held: string;
  note: string;
  answered_at: string;
}

export interface ConflictIdeasTable {
  id: string;
  topic_id: string;
  space_id: string;
  text: string;
  added_by: string;
  created_at: string;
}

export interface ConflictAgreementItemsTable {
  id: string;
  topic_id: string;
  space_id: string;
  position: number;
  text: string;
  owner_id: string;
  link_kind: string | null;
  link_ref: string | null;
}

/** "I'm sorry", "can we start over": seen by the topic's participants, or the space without one. */
export interface RepairAttemptsTable {
  id: string;
  space_id: string;
  user_id: string;
  topic_id: string | null;
  kind: string;
  text: string;
  created_at: string;
}
