import {
  localDateIn,
  occurrencesBetween,
  parseEventRule,
  weekOf,
  weeklyBalance,
  type CalendarEventView,
  type EventKind,
  type WeekView,
  type eventBody,
  type updateEventBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf as realtimeEvent, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import { eventOf, mayEdit, presentEvent } from './calendar.presenter';
import * as repo from './calendar.repository';

type Minutes = Partial<Record<EventKind, number>>;

/**
 * The space's calendar. Events are kept at wall-clock times in their own zone and expanded on
 * read, so a weekly evening stays at its hour across daylight-saving changes, for partners in
 * different zones alike. The week's balance is counted per member from the events they take
 * part in, against what each wished for.
 */
export class CalendarService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  async list(membership: Membership): Promise<CalendarEventView[]> {
    return this.present(membership, await repo.listEvents(this.db, membership.spaceId));
  }

  async get(membership: Membership, id: string): Promise<CalendarEventView> {
    const row = await repo.findEvent(this.db, membership.spaceId, id);
    if (!row) throw new AppError('not_found');
    return (await this.present(membership, [row]))[0]!;
  }

  async create(viewer: Viewer, input: z.output<typeof eventBody>) {
    const { membership } = viewer;
    checkEvent(membership, input);
    const now = nowIso();
    const row: repo.EventRow = {
      id: newId(),
      space_id: membership.spaceId,
      title: input.title,
      description: input.description ?? '',
      kind: input.kind,
      all_day: input.allDay ? 1 : 0,
      start_local: input.start,
      end_local: input.end,
      time_zone: input.timeZone ?? viewer.timeZone,
      rrule: input.rrule ?? null,
      exdates: JSON.stringify(input.exdates ?? []),
      protected: input.protected ? 1 : 0,
      created_by: membership.userId,
      import_uid: null,
      date_id: null,
      created_at: now,
      updated_at: now,
    };
    await this.db
      .transaction()
      .execute((trx) => repo.insertEvent(trx, row, unique(input.participantIds)));
    await this.announce(membership.spaceId, row.id, now);
    return this.get(membership, row.id);
  }

  async update(membership: Membership, id: string, input: z.output<typeof updateEventBody>) {
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      const row = await repo.findEvent(trx, membership.spaceId, id);
      if (!row) throw new AppError('not_found');
      const participants = (await repo.participantsOf(trx, [id])).map((p) => p.user_id);
      if (!mayEdit(membership.userId, row, participants)) throw new AppError('forbidden');
      const current = eventOf(row, participants);
      const next = {
        ...current,
        ...definedOf(input),
        description: input.description ?? row.description,
      };
      if (
        [input.allDay, input.start, input.end].some((v) => v !== undefined) &&
        [input.allDay, input.start, input.end].some((v) => v === undefined)
      ) {
        throw invalidField('start', 'Give the start, the end and whether it is all day together.');
      }
      checkEvent(membership, { ...next, protected: next.protected }, row.created_by);
      await repo.updateEvent(
        trx,
        {
          ...row,
          title: next.title,
          description: next.description,
          kind: next.kind,
          all_day: next.allDay ? 1 : 0,
          start_local: next.start,
          end_local: next.end,
          time_zone: next.timeZone,
          rrule: next.rrule ?? null,
          exdates: JSON.stringify(next.exdates),
          protected: next.protected ? 1 : 0,
          updated_at: now,
        },
        input.participantIds ? unique(input.participantIds) : undefined,
      );
    });
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  async remove(membership: Membership, id: string) {
    await this.db.transaction().execute(async (trx) => {
      const row = await repo.findEvent(trx, membership.spaceId, id);
      if (!row) throw new AppError('not_found');
      const participants = (await repo.participantsOf(trx, [id])).map((p) => p.user_id);
      if (!mayEdit(membership.userId, row, participants)) throw new AppError('forbidden');
      await repo.deleteEvent(trx, id);
    });
    await this.announce(membership.spaceId, id, nowIso());
  }

  async wishes(membership: Membership) {
    const rows = await repo.listWishes(this.db, membership.spaceId);
    return rows
      .filter((row) => membership.memberIds.includes(row.user_id))
      .map((row) => ({ userId: row.user_id, minutes: JSON.parse(row.minutes) as Minutes }));
  }

  async saveWishes(membership: Membership, minutes: Minutes) {
    const now = nowIso();
    await repo.saveWishes(this.db, {
      space_id: membership.spaceId,
      user_id: membership.userId,
      minutes: JSON.stringify(minutes),
      updated_at: now,
    });
    await this.announce(membership.spaceId, membership.userId, now);
    return this.wishes(membership);
  }

  /** The week holding `date` (the viewer's zone): each member's time by kind against wishes. */
  async week(viewer: Viewer, date?: string): Promise<WeekView> {
    const { membership } = viewer;
    const week = weekOf(viewer.timeZone, date ?? localDateIn(viewer.timeZone));
    const rows = await repo.listEvents(this.db, membership.spaceId);
    const participants = await repo.participantsOf(
      this.db,
      rows.map((r) => r.id),
    );
    const peopleOf = (id: string) =>
      participants.filter((p) => p.event_id === id).map((p) => p.user_id);
    const events = rows.map((row) => eventOf(row, peopleOf(row.id)));
    const occurrences = events.flatMap((event) => occurrencesBetween(event, week.start, week.end));
    const shown = new Set(occurrences.map((o) => o.eventId));
    const wishes = await this.wishes(membership);
    return {
      ...week,
      members: membership.memberIds.map((userId) => ({
        userId,
        actual: weeklyBalance({ memberId: userId, week, events }),
        wished: wishes.find((w) => w.userId === userId)?.minutes ?? {},
      })),
      occurrences: occurrences.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0)),
      events: rows
        .filter((row) => shown.has(row.id))
        .map((row) => presentEvent(membership.userId, row, peopleOf(row.id))),
    };
  }

  private async present(membership: Membership, rows: repo.EventRow[]) {
    const participants = await repo.participantsOf(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) =>
      presentEvent(
        membership.userId,
        row,
        participants.filter((p) => p.event_id === row.id).map((p) => p.user_id),
      ),
    );
  }

  private announce(spaceId: string, id: string, updatedAt: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: realtimeEvent('calendar', id, updatedAt),
    });
  }
}

/**
 * What the schema cannot see: those taking part are members, the repeat rule is one Tandem can
 * follow, excluded days have the event's form, and protected time is one member's own.
 */
export function checkEvent(
  membership: Membership,
  event: {
    participantIds: string[];
    rrule?: string | null | undefined;
    exdates?: string[] | undefined;
    allDay: boolean;
    kind: EventKind;
    protected?: boolean | undefined;
  },
  author = membership.userId,
) {
  event.participantIds.forEach((id, i) =>
    requireCurrentMember(membership, id, `participantIds.${i}`),
  );
  if (event.rrule) {
    try {
      parseEventRule(event.rrule);
    } catch (error) {
      throw invalidField('rrule', error instanceof Error ? error.message : 'Not a repeat rule.');
    }
  }
  const length = event.allDay ? 10 : 16;
  const wrong = (event.exdates ?? []).findIndex((d) => d.length !== length);
  if (wrong >= 0) throw invalidField(`exdates.${wrong}`, 'Must have the same form as the start.');
  if (
    event.protected &&
    (event.kind !== 'solo' || event.participantIds.some((id) => id !== author))
  ) {
    throw invalidField('protected', 'Only solo time of your own can be protected.');
  }
}

const unique = (ids: string[]) => [...new Set(ids)];

/** The fields of a partial update that were given. */
function definedOf<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
