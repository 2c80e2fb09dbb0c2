/** Responsibilities, their ratings, availability, completions and occurrences (0002, 0003). */

export interface ResponsibilitiesTable {
  id: string;
  space_id: string;
  name: string;
  area: string;
  done_well: string | null;
  /** RFC 5545 RRULE text; null for a one-off. */
  rrule: string | null;
  schedule_from: 'due' | 'completion';
  notice_minutes: number;
  plan_minutes: number;
  do_minutes: number;
  starter_key: string | null;
  /** Who owns the whole cycle (notice → plan → do) now; null until shared out. */
  owner_id: string | null;
  /** Kept with this member whenever a proposal is made. */
  pinned_to: string | null;
  /** The first due date (YYYY-MM-DD): DTSTART for the rule. */
  first_due_on: string;
  /** Stages split off to another member; null leaves the stage with the owner. */
  notice_owner_id: string | null;
  plan_owner_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** Private to `user_id`: no query returns another member's rating. */
export interface ResponsibilityRatingsTable {
  space_id: string;
  responsibility_id: string;
  user_id: string;
  rating: 'love' | 'fine' | 'dislike' | 'cant';
  updated_at: string;
}

export interface HomeAvailabilityTable {
  space_id: string;
  user_id: string;
  minutes_per_week: number;
  updated_at: string;
}

/** The log of what was done (or skipped), by whom and when: the record fairness is read from. */
export interface ResponsibilityCompletionsTable {
  id: string;
  space_id: string;
  responsibility_id: string;
  kind: 'done' | 'skipped';
  done_by: string;
  done_at: string;
  actual_minutes: number | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
  /** The occurrence it closes (its due date); null for an entry outside the schedule. */
  due_on: string | null;
}

/** One occurrence changed on its own: snoozed to a later day, or handed to another member. */
export interface ChoreOccurrencesTable {
  space_id: string;
  responsibility_id: string;
  due_on: string;
  snoozed_until: string | null;
  handoff_from: string | null;
  handoff_to: string | null;
  handoff_status: 'asked' | 'accepted' | 'declined' | null;
  updated_at: string;
}

export interface ChoreSettingsTable {
  space_id: string;
  /** How often a review of the shares is suggested; 0 never. */
  review_every_months: number;
  last_reviewed_on: string | null;
  updated_at: string;
}
