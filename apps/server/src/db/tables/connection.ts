/** Live sessions, prompts, appreciations, notifications and the weekly meeting (0005). */

/** A speaker–listener session: seen by its two people only; `state` is the shared machine's. */
export interface LiveSessionsTable {
  id: string;
  space_id: string;
  topic: string;
  starter_id: string;
  partner_id: string;
  /** Copied from the state, to list live sessions without reading every state. */
  phase: string;
  /** SessionState as JSON. */
  state: string;
  /** Bumped by every move: a move applies to the version it was read at, or is retried. */
  version: number;
  /** While paused: when the break ends (from the state), to bring both back then, once. */
  timeout_until: string | null;
  timeout_reminded: number;
  created_at: string;
  updated_at: string;
}

/** What each of the two kept of a session, shared with the space. */
export interface SessionSummariesTable {
  session_id: string;
  space_id: string;
  user_id: string;
  text: string;
  created_at: string;
}

/** Prompts a space wrote for itself, asked after the deck's own. */
export interface OwnPromptsTable {
  id: string;
  space_id: string;
  deck: string;
  depth: string;
  text: string;
  created_by: string;
  created_at: string;
}

/** A prompt asked in a space: everyone answers, and sees the others' once all have. */
export interface PromptRoundsTable {
  id: string;
  space_id: string;
  deck: string;
  /** A deck prompt's key, or an own prompt's id. */
  prompt_key: string;
  /** The prompt as it was asked. */
  text: string;
  asked_by: string;
  asked_at: string;
  /** When everyone had answered: the reveal is not taken back when someone joins later. */
  completed_at: string | null;
}

/** Sealed until every current member has answered; final once revealed. */
export interface PromptAnswersTable {
  round_id: string;
  space_id: string;
  user_id: string;
  text: string;
  answered_at: string;
}

/** A member's own bookmark: to come back to a prompt later. */
export interface PromptFavouritesTable {
  round_id: string;
  space_id: string;
  user_id: string;
}

/** A note of appreciation: the recipient sees it from `deliver_at` on (now, or when scheduled). */
export interface AppreciationsTable {
  id: string;
  space_id: string;
  from_id: string;
  to_id: string;
  text: string;
  deliver_at: string;
  /** When its arrival was announced: each note is announced once. */
  delivered_at: string | null;
  created_at: string;
}

/** How a member most likes to receive care; their partner can see it. */
export interface CarePreferencesTable {
  space_id: string;
  user_id: string;
  /** JSON array of words | time | help | touch | gifts. */
  tags: string;
  text: string;
  updated_at: string;
}

/** One line of a member's inbox; it says what happened, the content stays where it is. */
export interface NotificationsTable {
  id: string;
  space_id: string;
  user_id: string;
  type: string;
  ref_id: string;
  /** 1 when it arrived in quiet hours: in the inbox, without a ping. */
  silent: number;
  created_at: string;
  read_at: string | null;
}

export interface NotificationSettingsTable {
  space_id: string;
  user_id: string;
  /** JSON array of the notification types this member does not want. */
  muted: string;
  /** Quiet hours in the member's own time zone, HH:MM; null for none. */
  quiet_from: string | null;
  quiet_to: string | null;
  updated_at: string;
}

/** When the weekly meeting is: a weekday (0 = Monday) and a time in the zone it was set in. */
export interface MeetingSettingsTable {
  space_id: string;
  weekday: number;
  time: string;
  time_zone: string;
  /** The meeting the reminder went out for: one reminder per meeting. */
  reminded_for: string | null;
  updated_at: string;
}

export interface MeetingsTable {
  id: string;
  space_id: string;
  step: string;
  /** JSON: what went well, each one's appreciations and needs, notes per topic. */
  notes: string;
  started_by: string;
  started_at: string;
  ended_at: string | null;
}

/** A topic either partner adds during the week; a meeting takes it up. */
export interface AgendaTopicsTable {
  id: string;
  space_id: string;
  text: string;
  added_by: string;
  created_at: string;
  meeting_id: string | null;
}

/** Agreed at a meeting; open ones come back at the next one until done. */
export interface ActionItemsTable {
  id: string;
  space_id: string;
  meeting_id: string;
  text: string;
  owner_id: string;
  due_on: string | null;
  done_at: string | null;
  created_at: string;
}
