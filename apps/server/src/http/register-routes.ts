import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../features/auth/auth-context';
import { sessionToken } from '../features/auth/session-cookie';
import type { Services } from '../services';
import { AppError } from './app-error';
import type { ImageBody, RouteDefinition } from './route';
import { parseInput, parseParams } from './validation';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export async function resolveAuth(request: FastifyRequest, services: Services) {
  const token = sessionToken(request);
  return token ? services.auth.resolveSession(token) : null;
}

export function requireSpaceId(params: unknown): string {
  const spaceId = (params as { spaceId?: unknown } | undefined)?.spaceId;
  if (typeof spaceId !== 'string') throw new AppError('not_found');
  return spaceId;
}

/**
 * Mounts the route table. Order per request: who is calling (401), are they a member of the
 * space (404), is the input valid (404 for a bad id, 422 for a bad body or query), then the
 * handler — which calls the service, which applies the module's policy.
 */
export function registerRoutes(
  app: FastifyInstance,
  routes: RouteDefinition[],
  services: Services,
  authRateLimit: { max: number; timeWindow: string },
): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      ...(route.rateLimited ? { config: { rateLimit: authRateLimit } } : {}),
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: async (request, reply) => {
        const auth = request.auth;
        if (route.access !== 'public' && !auth) throw new AppError('unauthenticated');
        const params = route.params ? parseParams(route.params, request.params) : undefined;
        const membership =
          route.access === 'member' && auth
            ? await services.spaces.requireMembership(requireSpaceId(params), auth.user.id)
            : undefined;
        const query = route.query ? parseInput(route.query, request.query, 'query') : undefined;
        const body = route.body ? parseInput(route.body, request.body, 'body') : undefined;
        // The table erases each route's own types; its schemas were just applied above.
        const context = { params, query, body, auth, membership, request, reply } as never;
        const result = await route.handler(context);
        const status = route.status ?? 200;
        if (route.image) {
          const { type, bytes } = result as ImageBody;
          return reply
            .status(200)
            .header('content-type', type)
            .header('content-disposition', 'inline')
            .header('cache-control', 'private, max-age=31536000, immutable')
            .send(bytes);
        }
        if (route.file) {
          reply
            .header('content-type', route.file.contentType)
            .header('content-disposition', `attachment; filename="${route.file.filename}"`);
        }
        return status === 204 ? reply.status(204).send() : reply.status(status).send(result);
      },
    });
  }
}
