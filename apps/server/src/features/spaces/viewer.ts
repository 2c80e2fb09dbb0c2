import type { AuthContext } from '../auth/auth-context';
import type { Membership } from './spaces.repository';

/** A member as day-based features see them: with the time zone their "today" is in. */
export interface Viewer {
  membership: Membership;
  timeZone: string;
}

export const viewerOf = (ctx: { membership: Membership; auth: AuthContext }): Viewer => ({
  membership: ctx.membership,
  timeZone: ctx.auth.user.timeZone,
});
