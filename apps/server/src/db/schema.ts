import type {
  UsersTable,
  SessionsTable,
  SpacesTable,
  SpaceMembersTable,
  InvitesTable,
  CheckinsTable,
} from './tables/foundation';
import type {
  ResponsibilitiesTable,
  ResponsibilityRatingsTable,
  HomeAvailabilityTable,
  ResponsibilityCompletionsTable,
  ChoreOccurrencesTable,
  ChoreSettingsTable,
} from './tables/chores';
import type {
  MoneySettingsTable,
  MemberIncomesTable,
  ExpensesTable,
  ExpenseLinesTable,
  ExpenseRevisionsTable,
  RecurringExpensesTable,
  BudgetsTable,
  AllowancesTable,
  SavingsGoalsTable,
  GoalContributionsTable,
} from './tables/money';
import type {
  LiveSessionsTable,
  SessionSummariesTable,
  OwnPromptsTable,
  PromptRoundsTable,
  PromptAnswersTable,
  PromptFavouritesTable,
  AppreciationsTable,
  CarePreferencesTable,
  NotificationsTable,
  NotificationSettingsTable,
  MeetingSettingsTable,
  MeetingsTable,
  AgendaTopicsTable,
  ActionItemsTable,
} from './tables/connection';
import type {
  DecisionSettingsTable,
  DecisionsTable,
  DecisionOptionsTable,
  DecisionScoresTable,
  DecisionReviewsTable,
  ConflictTopicsTable,
  ConflictParticipantsTable,
  ConflictPerspectivesTable,
  ConflictConsentsTable,
  ConflictFollowUpsTable,
  ConflictIdeasTable,
  ConflictAgreementItemsTable,
  RepairAttemptsTable,
} from './tables/decisions-conflicts';
import type {
  CalendarEventsTable,
  CalendarEventParticipantsTable,
  BalanceWishesTable,
  CalendarFeedsTable,
} from './tables/calendar';
import type {
  GrowthGoalsTable,
  GrowthStepsTable,
  GrowthNotesTable,
  GrowthReflectionsTable,
} from './tables/growth';
import type {
  DateIdeasTable,
  PlannedDatesTable,
  PlannedDateParticipantsTable,
  DateMemoriesTable,
} from './tables/dates';
import type {
  PeopleTable,
  PersonContactsTable,
  PersonContactMembersTable,
  SupportContactsTable,
  SupportNotesTable,
} from './tables/people';

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

export type * from './tables/foundation';
export type * from './tables/chores';
export type * from './tables/money';
export type * from './tables/connection';
export type * from './tables/decisions-conflicts';
export type * from './tables/calendar';
export type * from './tables/growth';
export type * from './tables/dates';
export type * from './tables/people';
