/** Date ideas, planned dates and memories (0009). */

export interface DateIdeasTable {
  id: string;
  space_id: string;
  created_by: string;
  title: string;
  description: string;
  setting: string;
  cost: string;
  duration: string;
  energy: string;
  /** JSON array of season tags. */
  seasons: string;
  created_at: string;
  updated_at: string;
}

export interface PlannedDatesTable {
  id: string;
  space_id: string;
  planned_by: string;
  title: string;
  note: string;
  place: string;
  /** The bank idea it came from, if any. */
  idea_key: string | null;
  /** The couple's own idea it came from, if any. */
  idea_id: string | null;
  start_local: string;
  end_local: string;
  time_zone: string;
  /** The wall-clock start and end as instants, for ordering and for "has it happened?". */
  start_at: string;
  end_at: string;
  cancelled_at: string | null;
  /** Who offered the present time instead of the first, and what they said with it. */
  suggested_by: string | null;
  suggestion_note: string;
  /** When "how was it?" was asked, once after the date. */
  memory_asked_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlannedDateParticipantsTable {
  date_id: string;
  user_id: string;
  answer: string;
  answered_at: string | null;
}

export interface DateMemoriesTable {
  id: string;
  space_id: string;
  /** Null for a memory of a day not planned here: then the whole space shares it. */
  date_id: string | null;
  author_id: string;
  day: string;
  note: string;
  /** The stored photo's file name stem under DATA_DIR/photos; null without a photo. */
  photo_id: string | null;
  photo_type: string | null;
  photo_width: number | null;
  photo_height: number | null;
  created_at: string;
  updated_at: string;
}
