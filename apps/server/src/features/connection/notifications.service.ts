import { isQuietAt, type NotificationType, type notificationSettingsBody } from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';
import * as repo from './notifications.repository';

/**
 * The in-app inbox. A notification says that something happened (an appreciation arrived, a
 * partner wants to talk, a meeting is due, a prompt waits) and links to it; the content stays
 * where its own rules keep it. Muted types are not written at all; in quiet hours one is
 * written silently — there for later, without a ping. Nothing counts streaks or nags.
 */
export class NotificationsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  /** Tells `userIds` about `refId`; call after the change it is about has committed. */
  async notify(spaceId: string, userIds: string[], type: NotificationType, refId: string) {
    const now = new Date();
    const settings = await repo.settingsOf(this.db, spaceId, userIds);
    const rows = settings
      .filter((s) => !parseMuted(s.muted).includes(type))
      .map((s) => ({
        id: newId(),
        space_id: spaceId,
        user_id: s.userId,
        type,
        ref_id: refId,
        silent: isQuietAt(now, s.timeZone, quietOf(s)) ? 1 : 0,
        created_at: now.toISOString(),
        read_at: null,
      }));
    await repo.insertNotifications(this.db, rows);
    for (const row of rows) {
      await this.bus.publish({
        kind: 'event',
        spaceId,
        event: eventOf('notification', row.id, row.created_at),
        onlyTo: row.user_id,
      });
    }
  }

  /** `userId` acted on `refId` (joined the conversation, say): what told them of it is read. */
  async actedOn(spaceId: string, userId: string, refId: string) {
    const now = nowIso();
    await repo.markReadAbout(this.db, spaceId, userId, refId, now);
    await this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('notification', userId, now),
      onlyTo: userId,
    });
  }

  async inbox(membership: Membership) {
    const [rows, unread] = await Promise.all([
      repo.listNotifications(this.db, membership.spaceId, membership.userId, 50),
      repo.countUnread(this.db, membership.spaceId, membership.userId),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        type: row.type as NotificationType,
        refId: row.ref_id,
        silent: row.silent === 1,
        read: row.read_at !== null,
        createdAt: row.created_at,
      })),
      unread,
    };
  }

  async markRead(membership: Membership, ids: string[] | 'all') {
    const now = nowIso();
    await repo.markRead(this.db, membership.spaceId, membership.userId, ids, now);
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('notification', membership.userId, now),
      onlyTo: membership.userId,
    });
    return this.inbox(membership);
  }

  async settings(membership: Membership) {
    const [row] = await repo.settingsOf(this.db, membership.spaceId, [membership.userId]);
    return { muted: parseMuted(row?.muted ?? null), quietHours: row ? quietOf(row) : null };
  }

  async saveSettings(membership: Membership, input: z.output<typeof notificationSettingsBody>) {
    await repo.saveSettings(this.db, {
      space_id: membership.spaceId,
      user_id: membership.userId,
      muted: JSON.stringify(input.muted),
      quiet_from: input.quietHours?.from ?? null,
      quiet_to: input.quietHours?.to ?? null,
      updated_at: nowIso(),
    });
    return this.settings(membership);
  }
}

const parseMuted = (muted: string | null) =>
  muted ? (JSON.parse(muted) as NotificationType[]) : [];
const quietOf = (s: { quiet_from: string | null; quiet_to: string | null }) =>
  s.quiet_from && s.quiet_to ? { from: s.quiet_from, to: s.quiet_to } : null;
