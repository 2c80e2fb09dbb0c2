import type { ErrorCode } from '@tandem/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AuthContext } from '../features/auth/auth-context';
import type { Membership } from '../features/spaces/spaces.repository';

/**
 * Who may call a route: anyone, any signed-in person, or a member of the space named by the
 * `:spaceId` path parameter (anyone else gets 404, so no space's existence leaks).
 */
export type RouteAccess = 'public' | 'user' | 'member';

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export interface RouteContext<P, Q, B, A extends RouteAccess> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  auth: A extends 'public' ? AuthContext | null : AuthContext;
  membership: A extends 'member' ? Membership : undefined;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDefinition<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
  A extends RouteAccess = RouteAccess,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  access: A;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The success status; 204 sends no body. */
  status?: 200 | 201 | 204;
  /** Auth routes are rate-limited per client address. */
  rateLimited?: boolean;
  /** A larger body limit than the app's, for the few routes that take a file. */
  bodyLimit?: number;
  /** A file to download instead of a JSON body: its type and name; the handler returns its text. */
  file?: { contentType: string; filename: string };
  /**
   * An image to show instead of a JSON body: the handler returns its type and bytes, sent
   * inline and cached by the browser only — its URL names a file that never changes.
   */
  image?: true;
  /** The route's own error codes (beyond sign-in, not-found and validation), for the API docs. */
  errors?: ErrorCode[];
  handler: (ctx: RouteContext<P, Q, B, A>) => Promise<z.input<R>>;
}

/** What a route with `image` returns. */
export interface ImageBody {
  type: string;
  bytes: Buffer;
}

/** Identity function that lets TypeScript infer the route's types from its schemas. */
export function defineRoute<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema,
  A extends RouteAccess,
>(route: RouteDefinition<P, Q, B, R, A>): RouteDefinition {
  return route;
}
