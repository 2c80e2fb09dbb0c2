import { icsCalendar } from '@tandem/shared';
import { nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { hashSecret, newSecret } from '../auth/secrets';
import { findSpaceForMember, type Membership } from '../spaces/spaces.repository';
import { eventOf } from './calendar.presenter';
import * as repo from './calendar.repository';

export const feedPath = (token: string) => `/api/v1/calendar-feeds/${token}/tandem.ics`;

/**
 * Each member's calendar feed: a secret address a calendar app subscribes to, carrying the
 * events that member takes part in. Only the secret's hash is kept, so the address is shown
 * once; making a new one, or removing it, stops the old one at once.
 */
export class FeedService {
  constructor(private readonly db: Executor) {}

  async status(membership: Membership) {
    const feed = await repo.findFeed(this.db, membership.spaceId, membership.userId);
    return { url: null, createdAt: feed?.created_at ?? null };
  }

  async create(membership: Membership, origin: string) {
    const token = newSecret();
    const now = nowIso();
    await repo.saveFeed(this.db, {
      space_id: membership.spaceId,
      user_id: membership.userId,
      token_hash: hashSecret(token),
      created_at: now,
    });
    return { url: `${origin}${feedPath(token)}`, createdAt: now };
  }

  async revoke(membership: Membership) {
    await repo.deleteFeed(this.db, membership.spaceId, membership.userId);
  }

  /** The feed's calendar, for whoever holds the address — while its member is in the space. */
  async calendar(token: string): Promise<string> {
    const feed = await repo.findFeedByHash(this.db, hashSecret(token));
    if (!feed) throw new AppError('not_found');
    const space = await findSpaceForMember(this.db, feed.space_id, feed.user_id);
    if (!space) throw new AppError('not_found');
    const rows = await repo.listEventsOf(this.db, feed.space_id, feed.user_id);
    const participants = await repo.participantsOf(
      this.db,
      rows.map((r) => r.id),
    );
    return icsCalendar({
      name: `Tandem · ${space.name}`,
      now: nowIso(),
      events: rows.map((row) => ({
        ...eventOf(
          row,
          participants.filter((p) => p.event_id === row.id).map((p) => p.user_id),
        ),
        description: row.description,
        updatedAt: row.updated_at,
      })),
    });
  }
}
