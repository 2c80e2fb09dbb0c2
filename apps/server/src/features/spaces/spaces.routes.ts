import {
  createSpaceBody,
  emptyResponse,
  memberList,
  spaceList,
  spaceParams,
  spaceSchema,
  updateSpaceBody,
} from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function spacesRoutes({ spaces }: Services) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/spaces',
      access: 'user',
      tag: 'spaces',
      summary: 'Create a space for a couple or a household',
      body: createSpaceBody,
      response: spaceSchema,
      status: 201,
      handler: (ctx) => spaces.create(ctx.auth.user.id, ctx.body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/spaces',
      access: 'user',
      tag: 'spaces',
      summary: 'The spaces I belong to',
      response: spaceList,
      handler: async (ctx) => ({ items: await spaces.list(ctx.auth.user.id) }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/spaces/:spaceId',
      access: 'member',
      tag: 'spaces',
      summary: 'One of my spaces',
      params: spaceParams,
      response: spaceSchema,
      handler: (ctx) => spaces.get(ctx.params.spaceId, ctx.auth.user.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/spaces/:spaceId',
      access: 'member',
      tag: 'spaces',
      summary: 'Rename a space',
      params: spaceParams,
      body: updateSpaceBody,
      response: spaceSchema,
      handler: (ctx) => spaces.rename(ctx.membership, ctx.body.name),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/spaces/:spaceId/members',
      access: 'member',
      tag: 'spaces',
      summary: 'The members of a space',
      params: spaceParams,
      response: memberList,
      handler: async (ctx) => ({ items: await spaces.members(ctx.membership) }),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/spaces/:spaceId/members/me',
      access: 'member',
      tag: 'spaces',
      summary: 'Leave a space; access ends at once',
      params: spaceParams,
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await spaces.leave(ctx.membership);
        return null;
      },
    }),
  ];
}
