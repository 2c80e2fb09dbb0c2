import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DestinationStream } from 'pino';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { AuthService } from './features/auth/auth.service';
import { CheckinsService } from './features/checkins/checkins.service';
import { ChoresService } from './features/chores/chores.service';
import { AppreciationsService } from './features/connection/appreciations.service';
import { MeetingsService } from './features/connection/meetings.service';
import { ConflictsService } from './features/conflicts/conflicts.service';
import { RepairsService } from './features/conflicts/repairs.service';
import { DecisionsService } from './features/decisions/decisions.service';
import { GrowthService } from './features/growth/growth.service';
import { PeopleService } from './features/people/people.service';
import { SupportService } from './features/people/support.service';
import { DatesService } from './features/dates/dates.service';
import { DateIdeasService } from './features/dates/ideas.service';
import { MemoriesService } from './features/dates/memories.service';
import { PhotoStore } from './features/dates/photo-store';
import { CalendarService } from './features/time/calendar.service';
import { FeedService } from './features/time/feed.service';
import { CalendarImportService } from './features/time/import.service';
import { FollowThrough } from './features/decisions/follow-through';
import { NotificationsService } from './features/connection/notifications.service';
import { PromptsService } from './features/connection/prompts.service';
import { SessionsService } from './features/connection/sessions.service';
import { CompletionsService } from './features/chores/completions.service';
import { FairnessService } from './features/chores/fairness.service';
import { ScheduleService } from './features/chores/schedule.service';
import { BudgetsService } from './features/money/budgets.service';
import { ExpensesService } from './features/money/expenses.service';
import { GoalsService } from './features/money/goals.service';
import { ImportService } from './features/money/import.service';
import { MoneyService } from './features/money/money.service';
import { RecurringService } from './features/money/recurring.service';
import { ReportsService } from './features/money/reports.service';
import { InvitesService } from './features/invites/invites.service';
import { SpacesService } from './features/spaces/spaces.service';
import { AppError } from './http/app-error';
import { docsCss, docsHtml, docsJs } from './http/docs-page';
import { installErrorHandler } from './http/error-handler';
import { loggerOptions } from './http/logging';
import { buildOpenApiDocument } from './http/openapi';
import { checkOrigin } from './http/origin-check';
import { registerRoutes, resolveAuth } from './http/register-routes';
import { installSecurityHeaders } from './http/security-headers';
import type { RouteDefinition } from './http/route';
import { serveWebApp } from './http/web-app';
import { installMetrics, requireMetricsAccess } from './observability/metrics';
import { createLocalBus, type BusMessage, type EventBus } from './realtime/event-bus';
import { registerEventsRoute } from './realtime/events.routes';
import { createPostgresBus } from './realtime/postgres-bus';
import { SpaceHub } from './realtime/space-hub';
import { apiRoutes } from './routes';
import type { Services } from './services';

export const VERSION = '0.1.0';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: DestinationStream;
}

export interface TandemApp {
  app: FastifyInstance;
  services: Services;
  /** The JSON API's route table (tests generate the authorization matrix and fuzzing from it). */
  routes: RouteDefinition[];
}

export async function buildApp({ config, database, logStream }: AppOptions): Promise<TandemApp> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
  });
  // JSON only: a cross-site HTML form cannot send it, which closes the classic CSRF door.
  app.removeContentTypeParser(['text/plain']);

  const hub = new SpaceHub();
  const deliver = (message: BusMessage) => hub.deliver(message);
  const bus: EventBus = database.postgresUrl
    ? await createPostgresBus(database.db, database.postgresUrl, deliver, (error) =>
        app.log.error({ err: error }, 'real-time listener error'),
      )
    : createLocalBus(deliver);

  const notifications = new NotificationsService(database.db, bus);
  const photos = new PhotoStore(config.dataDir);
  const dates = new DatesService(database.db, bus, notifications);
  const spaces = new SpacesService(database.db, bus, {
    memberLeft: (trx, spaceId, userId) => dates.memberLeft(trx, spaceId, userId),
    spaceDeleted: (spaceId) => photos.removeSpace(spaceId),
  });
  const schedule = new ScheduleService(database.db, bus);
  const chores = new ChoresService(database.db, bus);
  const money = new MoneyService(database.db, bus);
  const expenses = new ExpensesService(database.db, bus, money);
  const followThrough = new FollowThrough(chores, money);
  const decisions = new DecisionsService(database.db, bus, notifications, followThrough);
  const services: Services = {
    config,
    database,
    bus,
    hub,
    spaces,
    auth: new AuthService(database.db, bus, config.sessionTtlDays),
    invites: new InvitesService(database.db, bus, spaces),
    checkins: new CheckinsService(database.db, bus),
    chores,
    completions: new CompletionsService(database.db, bus, schedule),
    schedule,
    fairness: new FairnessService(database.db, bus, chores),
    money,
    expenses,
    recurring: new RecurringService(database.db, bus, expenses),
    budgets: new BudgetsService(database.db, bus, money),
    goals: new GoalsService(database.db, bus, money),
    imports: new ImportService(database.db, bus, money, expenses),
    reports: new ReportsService(database.db, money),
    sessions: new SessionsService(database.db, bus, notifications),
    prompts: new PromptsService(database.db, bus, notifications),
    notifications,
    appreciations: new AppreciationsService(database.db, bus, notifications),
    meetings: new MeetingsService(database.db, bus, notifications),
    decisions,
    conflicts: new ConflictsService(database.db, bus, notifications, followThrough, decisions),
    repairs: new RepairsService(database.db, bus, notifications),
    calendar: new CalendarService(database.db, bus),
    feeds: new FeedService(database.db),
    calendarImport: new CalendarImportService(database.db, bus),
    growth: new GrowthService(database.db, bus, notifications),
    people: new PeopleService(database.db, bus, notifications),
    support: new SupportService(database.db, bus),
    dates,
    dateIdeas: new DateIdeasService(database.db, bus),
    memories: new MemoriesService(database.db, bus, notifications, photos),
  };

  installErrorHandler(app);
  await app.register(fastifyCookie);
  installSecurityHeaders(app, config.publicUrl);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 1024 } });
  const registry = installMetrics(app, () => hub.connectionCount);

  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    checkOrigin(request, config.publicUrl);
    // Decided on the matched route, not the raw URL, which may spell /api/ in percent-escapes.
    if (request.routeOptions.url?.startsWith('/api/')) {
      request.auth = await resolveAuth(request, services);
    }
  });

  const routes = apiRoutes(services);
  registerRoutes(app, routes, services, {
    max: config.authRateLimitPerMinute,
    timeWindow: '1 minute',
  });
  registerEventsRoute(app, services);

  const openApi = buildOpenApiDocument(routes, VERSION);
  app.get('/api/openapi.json', () => openApi);
  app.get('/api/docs', (_request, reply) => reply.type('text/html').send(docsHtml));
  app.get('/api/docs/docs.js', (_request, reply) => reply.type('text/javascript').send(docsJs));
  app.get('/api/docs/docs.css', (_request, reply) => reply.type('text/css').send(docsCss));

  app.get('/healthz', async (_request, reply) => {
    await sql`select 1`.execute(database.db);
    return reply.header('cache-control', 'no-store').send({ status: 'ok', version: VERSION });
  });
  app.get('/metrics', async (request, reply) => {
    requireMetricsAccess(request, config.metricsToken);
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  await serveWebApp(app, config.webDistDir);

  app.addHook('onClose', async () => {
    hub.closeAll();
    await bus.close();
  });
  return { app, services, routes };
}
