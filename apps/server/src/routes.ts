import { authRoutes } from './features/auth/auth.routes';
import { checkinsRoutes } from './features/checkins/checkins.routes';
import { choresRoutes } from './features/chores/chores.routes';
import { completionsRoutes } from './features/chores/completions.routes';
import { appreciationsRoutes } from './features/connection/appreciations.routes';
import { meetingsRoutes } from './features/connection/meetings.routes';
import { promptsRoutes } from './features/connection/prompts.routes';
import { sessionsRoutes } from './features/connection/sessions.routes';
import { conflictsRoutes } from './features/conflicts/conflicts.routes';
import { calendarRoutes } from './features/time/calendar.routes';
import { decisionsRoutes } from './features/decisions/decisions.routes';
import { growthRoutes } from './features/growth/growth.routes';
import { peopleRoutes } from './features/people/people.routes';
import { datesRoutes } from './features/dates/dates.routes';
import { helpRoutes } from './features/help/help.routes';
import { fairnessRoutes } from './features/chores/fairness.routes';
import { scheduleRoutes } from './features/chores/schedule.routes';
import { moneyRoutes } from './features/money/money.routes';
import { plansRoutes } from './features/money/plans.routes';
import { reportsRoutes } from './features/money/reports.routes';
import { invitesRoutes } from './features/invites/invites.routes';
import { spacesRoutes } from './features/spaces/spaces.routes';
import type { RouteDefinition } from './http/route';
import type { Services } from './services';

/**
 * The route table of the JSON API. The OpenAPI document, the authorization matrix and the
 * fuzz tests are all generated from it, so a new route is documented and tested by adding it here.
 */
export function apiRoutes(services: Services): RouteDefinition[] {
  return [
    ...authRoutes(services),
    ...spacesRoutes(services),
    ...invitesRoutes(services),
    ...checkinsRoutes(services),
    ...choresRoutes(services),
    ...completionsRoutes(services),
    ...scheduleRoutes(services),
    ...fairnessRoutes(services),
    ...moneyRoutes(services),
    ...plansRoutes(services),
    ...reportsRoutes(services),
    ...sessionsRoutes(services),
    ...promptsRoutes(services),
    ...appreciationsRoutes(services),
    ...meetingsRoutes(services),
    ...decisionsRoutes(services),
    ...conflictsRoutes(services),
    ...calendarRoutes(services),
    ...growthRoutes(services),
    ...peopleRoutes(services),
    ...datesRoutes(services),
    ...helpRoutes(services),
  ];
}
