import {
  completionList,
  completionParams,
  completionSchema,
  emptyResponse,
  listCompletionsQuery,
  recordCompletionBody,
  responsibilityParams,
  spaceParams,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function completionsRoutes({ completions }: Services) {
  const base = '/api/v1/spaces/:spaceId/chores';
  return [
    defineRoute({
      method: 'POST',
      url: `${base}/:choreId/completions`,
      access: 'member',
      tag: 'chores',
      summary: 'Record that a responsibility was done (or skipped): by whom, when, how long',
      params: responsibilityParams,
      body: recordCompletionBody,
      response: completionSchema,
      status: 201,
      errors: ['occurrence_closed'],
      handler: (ctx) =>
        completions.record(ctx.membership, ctx.auth.user.timeZone, ctx.params.choreId, ctx.body),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/completions`,
      access: 'member',
      tag: 'chores',
      summary: 'What was done or skipped between two instants (at most 92 days)',
      params: spaceParams,
      query: listCompletionsQuery,
      response: completionList,
      handler: async (ctx) => ({
        items: await completions.list(ctx.membership, ctx.query.from, ctx.query.to),
      }),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${base}/:choreId/completions/:completionId`,
      access: 'member',
      tag: 'chores',
      summary: 'Undo an entry of the log (whoever did it or wrote it down)',
      params: completionParams,
      response: emptyResponse,
      status: 204,
      errors: ['forbidden'],
      handler: async (ctx) => {
        await completions.remove(ctx.membership, ctx.params.choreId, ctx.params.completionId);
        return null;
      },
    }),
  ];
}
