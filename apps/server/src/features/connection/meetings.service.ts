import {
  nextMeetingAt,
  type addActionBody,
  type Meeting,
  type MeetingStep,
  type updateMeetingBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import * as repo from './meetings.repository';
import type { NotificationsService } from './notifications.service';

/** A reminder goes out once the meeting's time is this close. */
const REMIND_AHEAD_MS = 15 * 60_000;

interface Notes {
  wentWell: string;
  appreciations: Record<string, string>;
  needs: Record<string, string>;
  topicNotes: Record<string, string>;
}

const emptyNotes: Notes = { wentWell: '', appreciations: {}, needs: {}, topicNotes: {} };

/**
 * The weekly relationship meeting: a time each week, an agenda either partner adds to, and a
 * meeting that walks through appreciations, what went well, the topics, agreed actions and
 * what each needs this week. Actions still open carry over to the next meeting until done.
 */
export class MeetingsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async settings(membership: Membership) {
    const row = await repo.findSettings(this.db, membership.spaceId);
    if (!row) return { weekday: null, time: null, timeZone: null, nextAt: null };
    return {
      weekday: row.weekday,
      time: row.time,
      timeZone: row.time_zone,
      nextAt: nextMeetingAt(
        { weekday: row.weekday, time: row.time, timeZone: row.time_zone },
        new Date(),
      ),
    };
  }

  async saveSettings(viewer: Viewer, weekday: number, time: string) {
    const now = nowIso();
    await repo.saveSettings(this.db, {
      space_id: viewer.membership.spaceId,
      weekday,
      time,
      time_zone: viewer.timeZone,
      reminded_for: null,
      updated_at: now,
    });
    await this.announce(viewer.membership.spaceId, viewer.membership.spaceId, now);
    return this.settings(viewer.membership);
  }

  /** Reminds each space whose meeting is about to start, once per meeting (any process). */
  async remindDue(now = new Date()): Promise<number> {
    let reminded = 0;
    for (const row of await repo.listAllSettings(this.db)) {
      const at = nextMeetingAt(
        { weekday: row.weekday, time: row.time, timeZone: row.time_zone },
        now,
      );
      if (Date.parse(at) - now.getTime() > REMIND_AHEAD_MS) continue;
      if (!(await repo.claimReminder(this.db, row.space_id, at, now.toISOString()))) continue;
      const members = await this.db
        .selectFrom('space_members')
        .select('user_id')
        .where('space_id', '=', row.space_id)
        .execute();
      await this.notifications.notify(
        row.space_id,
        members.map((m) => m.user_id),
        'meeting',
        row.space_id,
      );
      reminded++;
    }
    return reminded;
  }

  async agenda(membership: Membership) {
    const rows = await repo.openTopics(this.db, membership.spaceId);
    return rows.map(presentTopic);
  }

  async addTopic(membership: Membership, text: string) {
    const now = nowIso();
    const id = newId();
    await repo.insertTopic(this.db, {
      id,
      space_id: membership.spaceId,
      text,
      added_by: membership.userId,
      created_at: now,
      meeting_id: null,
    });
    await this.announce(membership.spaceId, id, now);
    return (await this.agenda(membership)).find((t) => t.id === id)!;
  }

  async removeTopic(membership: Membership, id: string) {
    if (!(await repo.deleteOpenTopic(this.db, membership.spaceId, id)))
      throw new AppError('not_found');
    await this.announce(membership.spaceId, id, nowIso());
  }

  /** Starts this week's meeting, or returns the one already under way; it takes up the agenda. */
  async start(membership: Membership): Promise<Meeting> {
    const [latest] = await repo.listMeetings(this.db, membership.spaceId, 1);
    if (latest && !latest.ended_at) return this.get(membership, latest.id);
    const now = nowIso();
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      await repo.insertMeeting(trx, {
        id,
        space_id: membership.spaceId,
        step: 'appreciations',
        notes: JSON.stringify(emptyNotes),
        started_by: membership.userId,
        started_at: now,
        ended_at: null,
      });
      await repo.takeUpTopics(trx, membership.spaceId, id);
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  async list(membership: Membership): Promise<Meeting[]> {
    const rows = await repo.listMeetings(this.db, membership.spaceId, 20);
    return this.present(membership, rows);
  }

  async get(membership: Membership, id: string): Promise<Meeting> {
    const row = await repo.findMeeting(this.db, membership.spaceId, id);
    if (!row) throw new AppError('not_found');
    return (await this.present(membership, [row]))[0]!;
  }

  async update(membership: Membership, id: string, changes: z.output<typeof updateMeetingBody>) {
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const row = await repo.findMeeting(trx, membership.spaceId, id);
      if (!row) throw new AppError('not_found');
      if (row.ended_at) throw new AppError('forbidden');
      const notes = JSON.parse(row.notes) as Notes;
      const input = changes.notes ?? {};
      const me = membership.userId;
      const next: Notes = {
        wentWell: input.wentWell ?? notes.wentWell,
        appreciations:
          input.appreciation !== undefined
            ? { ...notes.appreciations, [me]: input.appreciation }
            : notes.appreciations,
        needs: input.need !== undefined ? { ...notes.needs, [me]: input.need } : notes.needs,
        topicNotes: { ...notes.topicNotes, ...input.topicNotes },
      };
      await repo.updateMeeting(trx, membership.spaceId, id, {
        step: changes.step ?? row.step,
        notes: JSON.stringify(next),
      });
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  async end(membership: Membership, id: string) {
    const now = nowIso();
    const meeting = await this.get(membership, id);
    if (!meeting.endedAt)
      await repo.updateMeeting(this.db, membership.spaceId, id, { ended_at: now });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  async addAction(
    membership: Membership,
    meetingId: string,
    input: z.output<typeof addActionBody>,
  ) {
    requireCurrentMember(membership, input.ownerId, 'ownerId');
    const meeting = await this.get(membership, meetingId);
    if (meeting.endedAt) throw new AppError('forbidden');
    const now = nowIso();
    await repo.insertAction(this.db, {
      id: newId(),
      space_id: membership.spaceId,
      meeting_id: meetingId,
      text: input.text,
      owner_id: input.ownerId,
      due_on: input.dueOn ?? null,
      done_at: null,
      created_at: now,
    });
    await this.announce(membership.spaceId, meetingId, now);
    return this.get(membership, meetingId);
  }

  async setActionDone(membership: Membership, actionId: string, done: boolean) {
    const now = nowIso();
    if (!(await repo.setActionDone(this.db, membership.spaceId, actionId, done ? now : null))) {
      throw new AppError('not_found');
    }
    await this.announce(membership.spaceId, actionId, now);
    return presentAction((await repo.findAction(this.db, membership.spaceId, actionId))!);
  }

  private async present(membership: Membership, rows: repo.MeetingRow[]): Promise<Meeting[]> {
    const [topics, actions] = await Promise.all([
      repo.topicsOf(
        this.db,
        rows.map((r) => r.id),
      ),
      repo.listActions(this.db, membership.spaceId),
    ]);
    return rows.map((row) => {
      const notes = JSON.parse(row.notes) as Notes;
      const byMember = (record: Record<string, string>) =>
        Object.entries(record).map(([userId, text]) => ({ userId, text }));
      return {
        id: row.id,
        step: row.step as MeetingStep,
        startedBy: row.started_by,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        wentWell: notes.wentWell,
        appreciations: byMember(notes.appreciations),
        needs: byMember(notes.needs),
        topics: topics
          .filter((t) => t.meeting_id === row.id)
          .map((t) => ({ ...presentTopic(t), note: notes.topicNotes[t.id] ?? '' })),
        actions: actions.filter((a) => a.meeting_id === row.id).map(presentAction),
        // Agreed before this meeting began and not done by then (or still open now).
        carriedOver: actions
          .filter(
            (a) =>
              a.meeting_id !== row.id &&
              a.created_at < row.started_at &&
              (!a.done_at || a.done_at > row.started_at),
          )
          .map(presentAction),
      };
    });
  }

  private announce(spaceId: string, id: string, updatedAt: string) {
    return this.bus.publish({ kind: 'event', spaceId, event: eventOf('meeting', id, updatedAt) });
  }
}

function presentTopic(row: { id: string; text: string; added_by: string; created_at: string }) {
  return { id: row.id, text: row.text, addedBy: row.added_by, createdAt: row.created_at };
}

function presentAction(row: repo.ActionRow) {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    text: row.text,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    done: row.done_at !== null,
  };
}
