/**
 * The database as the application sees it. Instants are ISO 8601 UTC strings on both dialects
 * (PostgreSQL stores `timestamptz`; the driver setup turns it back into the same string).
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  spaces: SpacesTable;
  space_members: SpaceMembersTable;
  invites: InvitesTable;
  checkins: CheckinsTable;
  responsibilities: ResponsibilitiesTable;
  responsibility_ratings: ResponsibilityRatingsTable;
  home_availability: HomeAvailabilityTable;
  responsibility_completions: ResponsibilityCompletionsTable;
  chore_occurrences: ChoreOccurrencesTable;
  chore_settings: ChoreSettingsTable;
  money_settings: MoneySettingsTable;
  member_incomes: MemberIncomesTable;
  expenses: ExpensesTable;
  expense_lines: ExpenseLinesTable;
  expense_revisions: ExpenseRevisionsTable;
  recurring_expenses: RecurringExpensesTable;
  budgets: BudgetsTable;
  allowances: AllowancesTable;
  savings_goals: SavingsGoalsTable;
  goal_contributions: GoalContributionsTable;
  live_sessions: LiveSessionsTable;
  session_summaries: SessionSummariesTable;
  own_prompts: OwnPromptsTable;
  prompt_rounds: PromptRoundsTable;
  prompt_answers: PromptAnswersTable;
  prompt_favourites: PromptFavouritesTable;
  appreciations: AppreciationsTable;
  care_preferences: CarePreferencesTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  meeting_settings: MeetingSettingsTable;
  meetings: MeetingsTable;
  agenda_topics: AgendaTopicsTable;
  action_items: ActionItemsTable;
  decision_settings: DecisionSettingsTable;
  decisions: DecisionsTable;
  decision_options: DecisionOptionsTable;
  decision_scores: DecisionScoresTable;
  decision_reviews: DecisionReviewsTable;
  conflict_topics: ConflictTopicsTable;
  conflict_participants: ConflictParticipantsTable;
  conflict_perspectives: ConflictPerspectivesTable;
  conflict_consents: ConflictConsentsTable;
  conflict_follow_ups: ConflictFollowUpsTable;
  conflict_ideas: ConflictIdeasTable;
  conflict_agreement_items: ConflictAgreementItemsTable;
  repair_attempts: RepairAttemptsTable;
  calendar_events: CalendarEventsTable;
  calendar_event_participants: CalendarEventParticipantsTable;
  balance_wishes: BalanceWishesTable;
  calendar_feeds: CalendarFeedsTable;
  growth_goals: GrowthGoalsTable;
  growth_steps: GrowthStepsTable;
  growth_notes: GrowthNotesTable;
  growth_reflections: GrowthReflectionsTable;
  people: PeopleTable;
  person_contacts: PersonContactsTable;
  person_contact_members: PersonContactMembersTable;
  support_contacts: SupportContactsTable;
  support_notes: SupportNotesTable;
  date_ideas: DateIdeasTable;
  planned_dates: PlannedDatesTable;
  planned_date_participants: PlannedDateParticipantsTable;
  date_memories: DateMemoriesTable;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SpacesTable {
  id: string;
  name: string;
  kind: 'couple' | 'household';
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface SpaceMembersTable {
  space_id: string;
  user_id: string;
  role: 'owner' | 'member';
  joined_at: string;
}

export interface InvitesTable {
  id: string;
  space_id: string;
  secret_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface CheckinsTable {
  id: string;
  space_id: string;
  author_id: string;
  date: string;
  mood: number;
  energy: number | null;
  need: string | null;
  appreciation: string | null;
  visibility: 'shared' | 'private';
  /** When the author chose to show it before everyone had checked in. */
  revealed_at: string | null;
  /** When everyone had shared a check-in for its day: from then on it stays revealed and final. */
  unsealed_at: string | null;
  created_at: string;
  updated_at: string;
}

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

/** Split rules are JSON text, checked by the contracts on the way in. */
export interface MoneySettingsTable {
  space_id: string;
  currency: string;
  default_split: string;
  category_splits: string;
  updated_at: string;
}

/** A private income never leaves the server; the others see only the resulting ratio. */
export interface MemberIncomesTable {
  space_id: string;
  user_id: string;
  monthly_amount: number;
  visibility: 'shared' | 'private';
  updated_at: string;
}

/** Amounts are integer minor units. A settlement is a line of the ledger like an expense. */
export interface ExpensesTable {
  id: string;
  space_id: string;
  kind: 'expense' | 'settlement';
  amount: number;
  currency: string;
  /** What it was for; for an amount-only expense, seen by its author alone. */
  description: string | null;
  category: string;
  spent_on: string;
  privacy: 'shared' | 'amount_only' | 'private';
  split: string | null;
  /** A settlement paid in another currency: what was actually paid. */
  paid_amount: number | null;
  paid_currency: string | null;
  /** The recurring expense it was created from, if any. */
  recurring_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  /** Deleted expenses stay for their history; nothing else reads them. */
  deleted_at: string | null;
}

export interface ExpenseLinesTable {
  expense_id: string;
  space_id: string;
  user_id: string;
  paid: number;
  owed: number;
}

export interface ExpenseRevisionsTable {
  id: string;
  space_id: string;
  expense_id: string;
  action: 'created' | 'edited' | 'deleted';
  /** The expense after the change, as JSON (description included: filtered when presented). */
  snapshot: string;
  changed_by: string;
  changed_at: string;
}

/** Rent, subscriptions: an expense template created on each date of its rule. */
export interface RecurringExpensesTable {
  id: string;
  space_id: string;
  /** The expense to create, as the create body minus its date (JSON). */
  template: string;
  privacy: 'shared' | 'amount_only' | 'private';
  rrule: string;
  first_on: string;
  /** The last date expenses were created through; null before the first. */
  created_through: string | null;
  /** 1 once stopped: no more are created. */
  ended: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A monthly limit for a shared category, in the space's currency. */
export interface BudgetsTable {
  space_id: string;
  category: string;
  monthly_limit: number;
  /** 1 when what is left (or overspent) carries into the next month. */
  rollover: number;
  /** The first month (YYYY-MM-01) the budget counts from. */
  starts_on: string;
  updated_at: string;
}

/** Money a member spends with no questions asked: their private expenses count against it. */
export interface AllowancesTable {
  space_id: string;
  user_id: string;
  monthly_amount: number;
  updated_at: string;
}

export interface SavingsGoalsTable {
  id: string;
  space_id: string;
  name: string;
  target: number;
  target_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface GoalContributionsTable {
  id: string;
  space_id: string;
  goal_id: string;
  user_id: string;
  amount: number;
  contributed_on: string;
  created_at: string;
}

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

/** An event on the space's calendar, at wall-clock times in its own zone. */
export interface CalendarEventsTable {
  id: string;
  space_id: string;
  title: string;
  description: string;
  kind: string;
  all_day: number;
  /** YYYY-MM-DDTHH:MM, or YYYY-MM-DD for an all-day event. */
  start_local: string;
  end_local: string;
  time_zone: string;
  rrule: string | null;
  /** JSON array of excluded starts. */
  exdates: string;
  protected: number;
  created_by: string;
  import_uid: string | null;
  /** The date this event stands for while it goes ahead; it follows the date, set in Dates. */
  date_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CalendarEventParticipantsTable {
  event_id: string;
  space_id: string;
  user_id: string;
}

export interface BalanceWishesTable {
  space_id: string;
  user_id: string;
  /** JSON: minutes a week per kind. */
  minutes: string;
  updated_at: string;
}

export interface CalendarFeedsTable {
  space_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
}

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

/** Someone who matters to a member (`owner_id`) or to all of us (null). */
export interface PeopleTable {
  id: string;
  space_id: string;
  owner_id: string | null;
  added_by: string | null;
  name: string;
  relation: string;
  /** How often we would like to be in touch, in days; null for no wish. */
  every_days: number | null;
  note: string;
  /** 1: the owner's alone (only a member's own person can be). */
  private: number;
  /** The day it was added, in the adder's zone. */
  added_on: string;
  /** The latest day a contact was logged for; kept with the row. */
  last_contact_on: string | null;
  /** The first day that is longer than wished; null without a wish or when archived. */
  remind_on: string | null;
  /** The start of the overdue stretch already reminded of. */
  reminded_since: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A contact or meet-up with a person, on a day in the logger's zone. */
export interface PersonContactsTable {
  id: string;
  space_id: string;
  person_id: string;
  kind: string;
  date: string;
  note: string;
  logged_by: string;
  created_at: string;
}

/** Who of us was there. */
export interface PersonContactMembersTable {
  contact_id: string;
  space_id: string;
  user_id: string;
}

/** A counsellor, therapist or other professional: the space's, or one member's alone. */
export interface SupportContactsTable {
  id: string;
  space_id: string;
  owner_id: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  website: string;
  note: string;
  visibility: string;
  created_at: string;
  updated_at: string;
}

/** Notes from a session: the author's alone, or shared with the space. */
export interface SupportNotesTable {
  id: string;
  space_id: string;
  author_id: string;
  support_id: string | null;
  date: string;
  text: string;
  visibility: string;
  created_at: string;
  updated_at: string;
}
