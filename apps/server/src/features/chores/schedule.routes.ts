import {
  agendaQuery,
  agendaSchema,
  emptyResponse,
  handoffAnswerBody,
  handoffBody,
  occurrenceParams,
  snoozeBody,
  spaceParams,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';
import { viewerOf } from '../spaces/viewer';

export function scheduleRoutes({ schedule }: Services) {
  const base = '/api/v1/spaces/:spaceId/chores';
  const occurrence = `${base}/:choreId/occurrences/:dueOn`;
  const common = { access: 'member', tag: 'chores', params: occurrenceParams } as const;
  return [
    defineRoute({
      method: 'GET',
      url: `${base}/agenda`,
      access: 'member',
      tag: 'chores',
      summary: 'Today and the coming days: what is due, overdue, done or handed over, for everyone',
      params: spaceParams,
      query: agendaQuery,
      response: agendaSchema,
      handler: (ctx) => schedule.agenda(viewerOf(ctx), ctx.query.days),
    }),
    defineRoute({
      ...common,
      method: 'PUT',
      url: `${occurrence}/snooze`,
      summary: 'Put one occurrence off to a later day (before the next one is due)',
      body: snoozeBody,
      response: emptyResponse,
      status: 204,
      errors: ['forbidden', 'occurrence_closed'],
      handler: async (ctx) => {
        await schedule.snooze(viewerOf(ctx), ctx.params.choreId, ctx.params.dueOn, ctx.body.until);
        return null;
      },
    }),
    defineRoute({
      ...common,
      method: 'DELETE',
      url: `${occurrence}/snooze`,
      summary: 'Bring a snoozed occurrence back to its due date',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden', 'occurrence_closed'],
      handler: async (ctx) => {
        await schedule.unsnooze(viewerOf(ctx), ctx.params.choreId, ctx.params.dueOn);
        return null;
      },
    }),
    defineRoute({
      ...common,
      method: 'PUT',
      url: `${occurrence}/handoff`,
      summary: 'Ask another member to take this one, this time only',
      body: handoffBody,
      response: emptyResponse,
      status: 204,
      errors: ['forbidden', 'occurrence_closed'],
      handler: async (ctx) => {
        await schedule.askToTake(viewerOf(ctx), ctx.params.choreId, ctx.params.dueOn, ctx.body.to);
        return null;
      },
    }),
    defineRoute({
      ...common,
      method: 'POST',
      url: `${occurrence}/handoff/answer`,
      summary: 'Accept or decline taking one occurrence (the member asked)',
      body: handoffAnswerBody,
      response: emptyResponse,
      status: 204,
      errors: ['forbidden', 'occurrence_closed', 'handoff_not_open'],
      handler: async (ctx) => {
        await schedule.answer(viewerOf(ctx), ctx.params.choreId, ctx.params.dueOn, ctx.body.accept);
        return null;
      },
    }),
    defineRoute({
      ...common,
      method: 'DELETE',
      url: `${occurrence}/handoff`,
      summary: 'Withdraw a request that has not been answered yet (the member who asked)',
      response: emptyResponse,
      status: 204,
      errors: ['forbidden', 'occurrence_closed', 'handoff_not_open'],
      handler: async (ctx) => {
        await schedule.withdraw(viewerOf(ctx), ctx.params.choreId, ctx.params.dueOn);
        return null;
      },
    }),
  ];
}
