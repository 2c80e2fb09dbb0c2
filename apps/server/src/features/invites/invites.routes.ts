import {
  emptyResponse,
  inviteCreatedSchema,
  inviteParams,
  invitePreviewSchema,
  inviteTokenParams,
  pendingInviteList,
  spaceParams,
  spaceSchema,
} from '@tandem/shared';
import { publicOrigin } from '../../http/public-origin';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function invitesRoutes({ invites, config }: Services) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/spaces/:spaceId/invites',
      access: 'member',
      tag: 'invites',
      summary: 'Create a single-use invite link, valid for 7 days',
      params: spaceParams,
      response: inviteCreatedSchema,
      status: 201,
      errors: ['space_full'],
      handler: (ctx) => invites.create(ctx.membership, publicOrigin(ctx.request, config.publicUrl)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/spaces/:spaceId/invites',
      access: 'member',
      tag: 'invites',
      summary: 'Pending invites of a space',
      params: spaceParams,
      response: pendingInviteList,
      handler: async (ctx) => ({ items: await invites.listPending(ctx.membership) }),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/spaces/:spaceId/invites/:inviteId',
      access: 'member',
      tag: 'invites',
      summary: 'Revoke a pending invite',
      params: inviteParams,
      response: emptyResponse,
      status: 204,
      handler: async (ctx) => {
        await invites.revoke(ctx.membership, ctx.params.inviteId);
        return null;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/invites/:token',
      access: 'public',
      tag: 'invites',
      summary: 'What an invite is for, before joining',
      params: inviteTokenParams,
      response: invitePreviewSchema,
      rateLimited: true,
      errors: ['invite_expired'],
      handler: (ctx) => invites.preview(ctx.params.token),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/invites/:token/accept',
      access: 'user',
      tag: 'invites',
      summary: 'Join the space of an invite',
      params: inviteTokenParams,
      response: spaceSchema,
      rateLimited: true,
      errors: ['already_member', 'space_full', 'invite_expired'],
      handler: (ctx) => invites.accept(ctx.params.token, ctx.auth.user.id),
    }),
  ];
}
