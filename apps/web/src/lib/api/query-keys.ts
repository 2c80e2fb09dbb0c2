/**
 * Every query key in one place. Everything about one space sits under `['space', id]`, so a
 * single invalidation refreshes a whole space after a reconnect.
 */
export const queryKeys = {
  me: ['me'] as const,
  sessions: ['sessions'] as const,
  spaces: ['spaces'] as const,
  help: ['help'] as const,
  space: (spaceId: string) => ['space', spaceId] as const,
  spaceDetail: (spaceId: string) => ['space', spaceId, 'detail'] as const,
  members: (spaceId: string) => ['space', spaceId, 'members'] as const,
  invites: (spaceId: string) => ['space', spaceId, 'invites'] as const,
  checkins: (spaceId: string) => ['space', spaceId, 'checkins'] as const,
  checkinsOn: (spaceId: string, date: string) => ['space', spaceId, 'checkins', date] as const,
  // Every chores query sits under `chores`, so one 'responsibility' event refreshes them all.
  chores: (spaceId: string) => ['space', spaceId, 'chores'] as const,
  // Every money query sits under `money`, so one 'expense' event refreshes them all.
  money: (spaceId: string) => ['space', spaceId, 'money'] as const,
  // Every live-conversation query sits under `conversations`: one 'session' event refreshes them.
  conversations: (spaceId: string) => ['space', spaceId, 'conversations'] as const,
  // Appreciation and my inbox sit under `conversations` too: the 'appreciation' and
  // 'notification' events refresh them, which is how a note, the bell's count and the toast
  // arrive while the app is open.
  appreciations: (spaceId: string) => ['space', spaceId, 'conversations', 'appreciations'] as const,
  care: (spaceId: string) => ['space', spaceId, 'conversations', 'care'] as const,
  inbox: (spaceId: string) => ['space', spaceId, 'conversations', 'inbox'] as const,
  inboxSettings: (spaceId: string) =>
    ['space', spaceId, 'conversations', 'inbox-settings'] as const,
  // The live talks I am one of the two in, and one of them: both refresh on a 'session' event.
  talkSessions: (spaceId: string) => ['space', spaceId, 'conversations', 'talk'] as const,
  talkSession: (spaceId: string, sessionId: string) =>
    ['space', spaceId, 'conversations', 'talk', sessionId] as const,
  // Prompts sit under `conversations` too, so a 'prompt' event (the partner answered, so the
  // answers are revealed) refreshes them on every screen showing them.
  prompts: (spaceId: string) => ['space', spaceId, 'conversations', 'prompts'] as const,
  promptDecks: (spaceId: string) =>
    ['space', spaceId, 'conversations', 'prompts', 'decks'] as const,
  promptRounds: (spaceId: string) =>
    ['space', spaceId, 'conversations', 'prompts', 'rounds'] as const,
  ownPrompts: (spaceId: string) => ['space', spaceId, 'conversations', 'prompts', 'own'] as const,
  // The weekly meeting too: a 'meeting' event (a step, a note, an agenda topic, an action)
  // refreshes it on the partner's screen, which is how both follow the meeting live.
  meeting: (spaceId: string) => ['space', spaceId, 'conversations', 'meeting'] as const,
  meetingSettings: (spaceId: string) =>
    ['space', spaceId, 'conversations', 'meeting', 'settings'] as const,
  meetingAgenda: (spaceId: string) =>
    ['space', spaceId, 'conversations', 'meeting', 'agenda'] as const,
  meetings: (spaceId: string) => ['space', spaceId, 'conversations', 'meeting', 'list'] as const,
  // Every decisions query sits under `decisions`, so one 'decision' event refreshes them all.
  decisions: (spaceId: string) => ['space', spaceId, 'decisions'] as const,
  decisionList: (spaceId: string) => ['space', spaceId, 'decisions', 'list'] as const,
  decision: (spaceId: string, decisionId: string) =>
    ['space', spaceId, 'decisions', 'one', decisionId] as const,
  decisionSettings: (spaceId: string) => ['space', spaceId, 'decisions', 'settings'] as const,
  decisionLog: (spaceId: string) => ['space', spaceId, 'decisions', 'log'] as const,
  // Every conflict query (topics, patterns, repairs) sits under `conflicts`.
  conflicts: (spaceId: string) => ['space', spaceId, 'conflicts'] as const,
  // The topics list and each topic sit under `topics`, so a change refreshes both.
  conflictTopics: (spaceId: string) => ['space', spaceId, 'conflicts', 'topics'] as const,
  conflictTopic: (spaceId: string, topicId: string) =>
    ['space', spaceId, 'conflicts', 'topics', topicId] as const,
  conflictPatterns: (spaceId: string) => ['space', spaceId, 'conflicts', 'patterns'] as const,
  conflictRepairs: (spaceId: string) => ['space', spaceId, 'conflicts', 'repairs'] as const,
  // Every calendar query (events, the week, wishes, my feed) sits under `calendar`.
  calendar: (spaceId: string) => ['space', spaceId, 'calendar'] as const,
  // Goals, their steps and notes, and reflections sit under `growth`.
  growth: (spaceId: string) => ['space', spaceId, 'growth'] as const,
  // People, what was logged with them, and professional support sit under `people`.
  people: (spaceId: string) => ['space', spaceId, 'people'] as const,
  // Date ideas, planned dates and memories sit under `dates`: one 'date' event refreshes them all.
  dates: (spaceId: string) => ['space', spaceId, 'dates'] as const,
  // By the week's Monday (in my zone), so each week is kept apart.
  calendarWeek: (spaceId: string, monday: string) =>
    ['space', spaceId, 'calendar', 'week', monday] as const,
  calendarWishes: (spaceId: string) => ['space', spaceId, 'calendar', 'wishes'] as const,
  calendarFeed: (spaceId: string) => ['space', spaceId, 'calendar', 'feed'] as const,
  moneySettings: (spaceId: string) => ['space', spaceId, 'money', 'settings'] as const,
  moneyIncomes: (spaceId: string) => ['space', spaceId, 'money', 'incomes'] as const,
  moneyLedger: (spaceId: string) => ['space', spaceId, 'money', 'ledger'] as const,
  moneyHistory: (spaceId: string, expenseId: string) =>
    ['space', spaceId, 'money', 'history', expenseId] as const,
  moneyBalances: (spaceId: string) => ['space', spaceId, 'money', 'balances'] as const,
  // Outside the space on purpose: fetching a preview again sends the whole file again, so no
  // event or reconnect should. Keyed by the chosen file (a counter) and the choices made.
  moneyImportPreview: (spaceId: string, file: number, options: object) =>
    ['import-preview', spaceId, file, options] as const,
  moneyInsights: (spaceId: string, months: number) =>
    ['space', spaceId, 'money', 'insights', months] as const,
  choreList: (spaceId: string) => ['space', spaceId, 'chores', 'list'] as const,
  choreStarter: (spaceId: string) => ['space', spaceId, 'chores', 'starter'] as const,
  choreAvailability: (spaceId: string) => ['space', spaceId, 'chores', 'availability'] as const,
  choreProposal: (spaceId: string) => ['space', spaceId, 'chores', 'proposal'] as const,
  choreShares: (spaceId: string) => ['space', spaceId, 'chores', 'shares'] as const,
  choreFairness: (spaceId: string, period: string, count: number) =>
    ['space', spaceId, 'chores', 'fairness', period, count] as const,
  choreReview: (spaceId: string) => ['space', spaceId, 'chores', 'review'] as const,
  // By the viewer's day, so the week moves on at midnight while the page stays open.
  choreAgenda: (spaceId: string, today: string) =>
    ['space', spaceId, 'chores', 'agenda', today] as const,
  invitePreview: (token: string) => ['invite', token] as const,
};

export type QueryKey = readonly (string | number)[];
