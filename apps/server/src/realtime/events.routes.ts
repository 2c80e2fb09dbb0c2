import type { FastifyInstance } from 'fastify';
import { spaceParams } from '@tandem/shared';
import { AppError } from '../http/app-error';
import { parseParams } from '../http/validation';
import type { Services } from '../services';
import { CLOSE_SIGNED_OUT } from './space-hub';

export const EVENTS_URL = '/api/v1/spaces/:spaceId/events';

/**
 * The live channel of a space: members only (checked before the upgrade, like any route), and
 * it only ever carries `{ entity, id, updatedAt }`.
 */
export function registerEventsRoute(app: FastifyInstance, services: Services): void {
  app.route({
    method: 'GET',
    url: EVENTS_URL,
    preHandler: async (request) => {
      if (!request.auth) throw new AppError('unauthenticated');
      const { spaceId } = parseParams(spaceParams, request.params);
      await services.spaces.requireMembership(spaceId, request.auth.user.id);
    },
    handler: () => {
      throw new AppError('bad_request', undefined, 'Connect with a WebSocket upgrade.');
    },
    wsHandler: (socket, request) => {
      const { spaceId } = parseParams(spaceParams, request.params);
      // The preHandler has refused anyone without a session, so auth is set here.
      if (!request.auth) return socket.close(CLOSE_SIGNED_OUT, 'signed out');
      services.hub.connect(spaceId, request.auth, socket);
      socket.on('message', () => undefined); // the channel is one-way: server to client
    },
  });
}
