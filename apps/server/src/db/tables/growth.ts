/** Growth goals, their steps and notes, and reflections (0008). */

/** A member's own goal: private (theirs alone) or shared with the space. */
export interface GrowthGoalsTable {
  id: string;
  space_id: string;
  owner_id: string;
  title: string;
  why: string;
  visibility: string;
  how_to_help: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface GrowthStepsTable {
  id: string;
  goal_id: string;
  space_id: string;
  text: string;
  done_at: string | null;
  created_at: string;
}

/** The owner's progress notes and the others' encouragement on a goal. */
export interface GrowthNotesTable {
  id: string;
  goal_id: string;
  space_id: string;
  author_id: string;
  kind: string;
  text: string;
  created_at: string;
}

export interface GrowthReflectionsTable {
  space_id: string;
  user_id: string;
  /** YYYY-MM in the member's zone. */
  month: string;
  text: string;
  shared: number;
  updated_at: string;
}
