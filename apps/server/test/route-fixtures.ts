import { v7 as uuidv7 } from 'uuid';
import type { RouteDefinition } from '../src/http/route';

/** A syntactically valid invite token that matches no invite. */
export const unknownInviteToken = () => `${uuidv7()}.${'x'.repeat(43)}`;

/** Fills a route's path parameters: the given space, and unknown but well-formed other ids. */
export function concreteUrl(route: Pick<RouteDefinition, 'url'>, spaceId: string): string {
  return route.url.replace(/:(\w+)/g, (_match, name: string) => {
    if (name === 'spaceId') return spaceId;
    if (name === 'token') return unknownInviteToken();
    return uuidv7();
  });
}
