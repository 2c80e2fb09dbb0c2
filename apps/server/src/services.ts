import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import type { AuthService } from './features/auth/auth.service';
import type { CheckinsService } from './features/checkins/checkins.service';
import type { ChoresService } from './features/chores/chores.service';
import type { PromptsService } from './features/connection/prompts.service';
import type { SessionsService } from './features/connection/sessions.service';
import type { CompletionsService } from './features/chores/completions.service';
import type { FairnessService } from './features/chores/fairness.service';
import type { ScheduleService } from './features/chores/schedule.service';
import type { BudgetsService } from './features/money/budgets.service';
import type { ExpensesService } from './features/money/expenses.service';
import type { GoalsService } from './features/money/goals.service';
import type { ImportService } from './features/money/import.service';
import type { MoneyService } from './features/money/money.service';
import type { RecurringService } from './features/money/recurring.service';
import type { ReportsService } from './features/money/reports.service';
import type { InvitesService } from './features/invites/invites.service';
import type { SpacesService } from './features/spaces/spaces.service';
import type { EventBus } from './realtime/event-bus';
import type { SpaceHub } from './realtime/space-hub';

/** Everything a route may call, built once per app. */
export interface Services {
  config: Config;
  database: DatabaseHandle;
  auth: AuthService;
  spaces: SpacesService;
  invites: InvitesService;
  checkins: CheckinsService;
  chores: ChoresService;
  completions: CompletionsService;
  schedule: ScheduleService;
  fairness: FairnessService;
  money: MoneyService;
  expenses: ExpensesService;
  recurring: RecurringService;
  budgets: BudgetsService;
  goals: GoalsService;
  imports: ImportService;
  reports: ReportsService;
  sessions: SessionsService;
  prompts: PromptsService;
  bus: EventBus;
  hub: SpaceHub;
}
