import {
  checkinList,
  checkinParams,
  checkinSchema,
  createCheckinBody,
  emptyResponse,
  listCheckinsQuery,
  spaceParams,
  updateCheckinBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function checkinsRoutes({ checkins }: Services) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/spaces/:spaceId/checkins',
      access: 'member',
      tag: 'checkins',
      summary: "Check in for a day (default: today in the author's time zone)",
      params: spaceParams,
      body: createCheckinBody,
      response: checkinSchema,
      status: 201,
      errors: ['checkin_exists'],
      handler: (ctx) => checkins.create(ctx.membership, ctx.auth.user, ctx.body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/spaces/:spaceId/checkins',
      access: 'member',
      tag: 'checkins',
      summary: 'Check-ins of a day or a range of days; sealed ones carry no content',
      params: spaceParams,
      query: listCheckinsQuery,
      response: checkinList,
      handler: (ctx) => checkins.list(ctx.membership, ctx.auth.user, ctx.query),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/spaces/:spaceId/checkins/:checkinId',
      access: 'member',
      tag: 'checkins',
      summary: 'Edit my check-in',
      params: checkinParams,
      body: updateCheckinBody,
      response: checkinSchema,
      errors: ['forbidden', 'checkin_final'],
      handler: (ctx) => checkins.update(ctx.membership, ctx.params.checkinId, ctx.body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/spaces/:spaceId/checkins/:checkinId/reveal',
      access: 'member',
      tag: 'checkins',
      summary: 'Show my shared check-in now, without waiting for everyone',
      params: checkinParams,
      response: checkinSchema,
      errors: ['forbidden', 'not_shared'],
      handler: (ctx) => checkins.revealEarly(ctx.membership, ctx.params.checkinId),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/spaces/:spaceId/checkins/:checkinId',
      access: 'member',
      tag: 'checkins',
      summary: 'Delete my check-in',
      params: checkinParams,
      response: emptyResponse,
      status: 204,
      errors: ['forbidden', 'checkin_final'],
      handler: async (ctx) => {
        await checkins.remove(ctx.membership, ctx.params.checkinId);
        return null;
      },
    }),
  ];
}
