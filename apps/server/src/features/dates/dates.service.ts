import {
  dateIdeas,
  zonedInstant,
  type PlannedDate,
  type planDateBody,
  type rescheduleDateBody,
  type updateDateBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import { syncDateEvent } from './date-calendar';
import { presentDate, statusOf } from './dates.presenter';
import * as repo from './dates.repository';

/**
 * Planning dates: one member invites others to a time; each says yes or no; anyone in it may
 * offer another time, which asks the others again; the planner may call it off. A date is
 * found by the people in it only — in a household, the others get 404 — and its news reaches
 * them only. While it goes ahead it is a together-event on the calendar.
 */
export class DatesService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async list(membership: Membership): Promise<PlannedDate[]> {
    const rows = await repo.listDatesOf(this.db, membership.spaceId, membership.userId);
    return this.present(membership, rows);
  }

  async get(membership: Membership, id: string): Promise<PlannedDate> {
    return (await this.present(membership, [await this.find(membership, id)]))[0]!;
  }

  async plan(viewer: Viewer, input: z.output<typeof planDateBody>) {
    const { membership } = viewer;
    const invitees = [...new Set(input.inviteeIds)];
    invitees.forEach((id, i) => requireCurrentMember(membership, id, `inviteeIds.${i}`));
    if (invitees.includes(membership.userId)) {
      throw invalidField('inviteeIds', 'Invite the others; you are in it as the one planning.');
    }
    const idea = input.idea;
    if (idea?.source === 'bank' && !dateIdeas.some((i) => i.key === idea.key)) {
      throw invalidField('idea.key', 'There is no such idea.');
    }
    const now = nowIso();
    const timeZone = input.timeZone ?? viewer.timeZone;
    const when = times(input, timeZone);
    checkAhead(when.start_at, now);
    const row: repo.DateRow = {
      id: newId(),
      space_id: membership.spaceId,
      planned_by: membership.userId,
      title: input.title,
      note: input.note ?? '',
      place: input.place ?? '',
      idea_key: idea?.source === 'bank' ? idea.key : null,
      idea_id: null,
      ...when,
      cancelled_at: null,
      suggested_by: null,
      suggestion_note: '',
      memory_asked_at: null,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      if (idea?.source === 'ours') {
        if (!(await repo.findIdea(trx, membership.spaceId, idea.id))) {
          throw invalidField('idea.id', 'There is no such idea.');
        }
        row.idea_id = idea.id;
      }
      await repo.insertDate(trx, row, [
        { date_id: row.id, user_id: membership.userId, answer: 'accepted', answered_at: now },
        ...invitees.map((user_id) => ({
          date_id: row.id,
          user_id,
          answer: 'invited',
          answered_at: null,
        })),
      ]);
    });
    await this.announce(row.id, now, { notify: invitees });
    return this.get(membership, row.id);
  }

  async update(membership: Membership, id: string, input: z.output<typeof updateDateBody>) {
    await this.open(membership, id);
    const now = nowIso();
    const eventId = await this.db.transaction().execute(async (trx) => {
      await repo.updateDate(trx, id, { ...input, updated_at: now });
      return syncDateEvent(trx, id, now);
    });
    await this.announce(id, now, { eventId });
    return this.get(membership, id);
  }

  async answer(membership: Membership, id: string, answer: 'accepted' | 'declined') {
    const date = await this.open(membership, id);
    if (date.end_at <= nowIso()) throw new AppError('date_over');
    const now = nowIso();
    const eventId = await this.db.transaction().execute(async (trx) => {
      await repo.setAnswer(trx, id, membership.userId, answer, now);
      await repo.updateDate(trx, id, { updated_at: now });
      return syncDateEvent(trx, id, now);
    });
    await this.announce(id, now, { eventId, notifyOthersOf: membership.userId });
    return this.get(membership, id);
  }

  /** Another time: mine is a yes to it, and everyone else is asked again. */
  async reschedule(viewer: Viewer, id: string, input: z.output<typeof rescheduleDateBody>) {
    const { membership } = viewer;
    const date = await this.open(membership, id);
    const now = nowIso();
    if (date.end_at <= now) throw new AppError('date_over');
    const when = times(input, input.timeZone ?? date.time_zone);
    checkAhead(when.start_at, now);
    const eventId = await this.db.transaction().execute(async (trx) => {
      await repo.updateDate(trx, id, {
        ...when,
        suggested_by: membership.userId,
        suggestion_note: input.note ?? '',
        memory_asked_at: null,
        updated_at: now,
      });
      await repo.setAnswer(trx, id, membership.userId, 'accepted', now);
      await repo.askOthersAgain(trx, id, membership.userId);
      return syncDateEvent(trx, id, now);
    });
    await this.announce(id, now, { eventId, notifyOthersOf: membership.userId });
    return this.get(membership, id);
  }

  async cancel(membership: Membership, id: string) {
    const date = await this.open(membership, id);
    if (date.planned_by !== membership.userId) throw new AppError('forbidden');
    if (date.end_at <= nowIso()) throw new AppError('date_over');
    const now = nowIso();
    const eventId = await this.db.transaction().execute(async (trx) => {
      await repo.updateDate(trx, id, { cancelled_at: now, updated_at: now });
      return syncDateEvent(trx, id, now);
    });
    await this.announce(id, now, { eventId, notifyOthersOf: membership.userId });
    return this.get(membership, id);
  }

  /**
   * Once a date that went ahead is over, "how was it?" to those who went — once per date
   * (claimed first, so two servers never both ask). One that fell through is claimed too, and
   * asks no one.
   */
  async askForMemories(now = new Date()): Promise<number> {
    let asked = 0;
    const at = now.toISOString();
    for (const date of await repo.endedUnasked(this.db, at)) {
      if (!(await repo.claimMemoryQuestion(this.db, date.id, at))) continue;
      const participants = await repo.participantsOf(this.db, [date.id]);
      const answers = participants.map((p) => p.answer as 'invited' | 'accepted' | 'declined');
      if (statusOf(false, answers) !== 'accepted') continue;
      const went = participants.filter((p) => p.answer === 'accepted').map((p) => p.user_id);
      await this.notifications.notify(date.space_id, went, 'date', date.id);
      asked++;
    }
    return asked;
  }

  /**
   * Someone leaving the space leaves its dates too, in the same transaction as their leaving:
   * their answers go, and each date stands as the others' answers say.
   */
  async memberLeft(trx: Executor, spaceId: string, userId: string) {
    const now = nowIso();
    for (const dateId of await repo.removeParticipant(trx, spaceId, userId)) {
      await syncDateEvent(trx, dateId, now);
    }
  }

  /** A date I am in, or 404. */
  async find(membership: Membership, id: string) {
    const row = await repo.findDateOf(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return row;
  }

  /** A date I am in that has not been called off. */
  private async open(membership: Membership, id: string) {
    const row = await this.find(membership, id);
    if (row.cancelled_at !== null) throw new AppError('date_cancelled');
    return row;
  }

  private async present(membership: Membership, rows: repo.DateRow[]) {
    const ids = rows.map((row) => row.id);
    const [participants, memories, events] = await Promise.all([
      repo.participantsOf(this.db, ids),
      repo.memoryCounts(this.db, ids),
      repo.eventIdsOf(this.db, ids),
    ]);
    const now = nowIso();
    return rows.map((row) =>
      presentDate(
        row,
        participants.filter((p) => p.date_id === row.id),
        { memoryCount: memories.get(row.id) ?? 0, eventId: events.get(row.id) ?? null },
        membership.userId,
        now,
      ),
    );
  }

  /**
   * A date's news goes to the people in it only (one event each), and, when its event on the
   * calendar changed, that event's id to the whole space's calendar.
   */
  private async announce(
    id: string,
    at: string,
    options: { eventId?: string | null; notify?: string[]; notifyOthersOf?: string },
  ) {
    const date = await repo.findDate(this.db, id);
    const people = (await repo.participantsOf(this.db, [id])).map((p) => p.user_id);
    for (const userId of people) {
      await this.bus.publish({
        kind: 'event',
        spaceId: date.space_id,
        event: eventOf('date', id, at),
        onlyTo: userId,
      });
    }
    if (options.eventId) {
      await this.bus.publish({
        kind: 'event',
        spaceId: date.space_id,
        event: eventOf('calendar', options.eventId, at),
      });
    }
    const told =
      options.notify ??
      (options.notifyOthersOf ? people.filter((p) => p !== options.notifyOthersOf) : []);
    if (told.length > 0) await this.notifications.notify(date.space_id, told, 'date', id);
  }
}

/** A date is planned, or moved, to a time still to come. */
function checkAhead(startAt: string, now: string) {
  if (startAt <= now) throw invalidField('start', 'Choose a time that is still to come.');
}

/** The wall-clock times as given, and the instants they are in their zone. */
function times(input: { start: string; end: string }, timeZone: string) {
  return {
    start_local: input.start,
    end_local: input.end,
    time_zone: timeZone,
    start_at: zonedInstant(timeZone, input.start),
    end_at: zonedInstant(timeZone, input.end),
  };
}
