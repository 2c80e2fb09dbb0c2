import {
  firstOverdueDay,
  localDateIn,
  stretchStart,
  type contactBody,
  type PeopleView,
  type Person,
  type PersonContact,
  type personBody,
  type updatePersonBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import type { Viewer } from '../spaces/viewer';
import { insightFor } from './people-insight';
import { isShownTo, mayDeleteContact, mayEditPerson } from './people.policy';
import { presentContact, presentPerson } from './people.presenter';
import * as repo from './people.repository';

const HISTORY_LIMIT = 200;
/** The zone where each new day begins first: no one's overdue day can start before it does there. */
const EARLIEST_ZONE = 'Pacific/Kiritimati';

/**
 * The people around us: mine, a partner's, or ours. A private person is their owner's alone —
 * not listed, not found, not in events or reminders for anyone else. When it has been longer
 * than wished since the last contact, the owner (for ours: everyone) hears once per stretch; a
 * new contact begins a new stretch. Nothing here counts streaks or scores anyone.
 */
export class PeopleService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async list(viewer: Viewer): Promise<PeopleView> {
    const { membership } = viewer;
    const rows = (
      await repo.listVisiblePeople(this.db, membership.spaceId, membership.userId)
    ).filter((row) => isShownTo(membership, row));
    const today = localDateIn(viewer.timeZone);
    const items = await this.present(viewer, rows, today);
    const insight = await insightFor(this.db, membership, viewer.timeZone, items);
    return { today, items, insight };
  }

  async get(viewer: Viewer, id: string): Promise<Person> {
    const row = await this.find(viewer, id);
    return (await this.present(viewer, [row], localDateIn(viewer.timeZone)))[0]!;
  }

  async create(viewer: Viewer, input: z.output<typeof personBody>): Promise<Person> {
    const me = viewer.membership.userId;
    const ownerId = input.ownerId === undefined ? me : input.ownerId;
    this.checkOwner(viewer, ownerId, input.private ?? false, 'ownerId');
    const now = nowIso();
    const addedOn = localDateIn(viewer.timeZone);
    const everyDays = input.everyDays ?? null;
    const row: repo.PersonRow = {
      id: newId(),
      space_id: viewer.membership.spaceId,
      owner_id: ownerId,
      added_by: me,
      name: input.name,
      relation: input.relation ?? '',
      every_days: everyDays,
      note: input.note ?? '',
      private: input.private ? 1 : 0,
      added_on: addedOn,
      last_contact_on: null,
      remind_on: everyDays === null ? null : firstOverdueDay(addedOn, everyDays),
      reminded_since: null,
      archived_at: null,
      created_at: now,
      updated_at: now,
    };
    await repo.insertPerson(this.db, row);
    await this.announce(row, now);
    return this.get(viewer, row.id);
  }

  async update(viewer: Viewer, id: string, input: z.output<typeof updatePersonBody>) {
    const checked = await this.editable(viewer, id);
    const ownerId = input.ownerId !== undefined ? input.ownerId : checked.owner_id;
    const isPrivate = input.private ?? checked.private === 1;
    this.checkOwner(viewer, ownerId, isPrivate, input.private ? 'private' : 'ownerId');
    if (isPrivate && checked.private === 0) await this.checkMayHide(viewer, checked);
    const now = nowIso();
    const { before, after } = await this.db.transaction().execute(async (trx) => {
      // Touching the row first serialises this with a contact being logged (PostgreSQL), so the
      // reminder day below is computed from the latest contact.
      await repo.updatePerson(trx, id, { updated_at: now });
      const before = (await repo.findPerson(trx, viewer.membership.spaceId, id)) ?? checked;
      const after: repo.PersonRow = {
        ...before,
        owner_id: ownerId,
        private: isPrivate ? 1 : 0,
        every_days: input.everyDays !== undefined ? input.everyDays : before.every_days,
        // Archiving again keeps the day it was first archived.
        archived_at:
          input.archived === undefined
            ? before.archived_at
            : input.archived
              ? (before.archived_at ?? now)
              : null,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.relation !== undefined ? { relation: input.relation } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        updated_at: now,
      };
      await repo.updatePerson(trx, id, {
        owner_id: after.owner_id,
        private: after.private,
        every_days: after.every_days,
        archived_at: after.archived_at,
        name: after.name,
        relation: after.relation,
        note: after.note,
        remind_on: remindOn(after),
      });
      return { before, after };
    });
    // Seen by all before or after: everyone's screens change (one made private drops off theirs).
    const seenByAll = before.private === 0 || after.private === 0;
    await this.announce({ ...after, private: seenByAll ? 0 : 1 }, now);
    return this.get(viewer, id);
  }

  async remove(viewer: Viewer, id: string) {
    const row = await this.editable(viewer, id);
    await repo.deletePerson(this.db, id);
    await this.announce(row, nowIso());
  }

  async contacts(viewer: Viewer, id: string): Promise<PersonContact[]> {
    const person = await this.find(viewer, id);
    const rows = await repo.listContacts(this.db, id, HISTORY_LIMIT);
    const present = await repo.presentAt(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) =>
      presentContact(
        viewer.membership.userId,
        person,
        row,
        present.filter((p) => p.contact_id === row.id).map((p) => p.user_id),
      ),
    );
  }

  /** A contact or meet-up; the day is in the logger's zone and defaults to their today. */
  async logContact(viewer: Viewer, id: string, input: z.output<typeof contactBody>) {
    const { membership } = viewer;
    const person = await this.find(viewer, id);
    if (person.archived_at !== null) throw new AppError('person_archived');
    const today = localDateIn(viewer.timeZone);
    const date = input.date ?? today;
    if (date > today) throw invalidField('date', 'That day has not come yet.');
    const presentIds = [...new Set(input.presentIds ?? [membership.userId])];
    if (presentIds.some((userId) => !membership.memberIds.includes(userId))) {
      throw invalidField('presentIds', 'Choose people in this space.');
    }
    // A private person is known to their owner alone, so only the owner can have been logged there.
    if (person.private === 1 && (presentIds.length !== 1 || presentIds[0] !== person.owner_id)) {
      throw invalidField('presentIds', 'Only you can be logged with someone private.');
    }
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      // Touching the row first serialises concurrent logs on PostgreSQL (a row lock to commit).
      await repo.updatePerson(trx, id, { updated_at: now });
      await repo.insertContact(
        trx,
        {
          id: newId(),
          space_id: membership.spaceId,
          person_id: id,
          kind: input.kind,
          date,
          note: input.note ?? '',
          logged_by: membership.userId,
          created_at: now,
        },
        presentIds,
      );
      await this.keepLastContact(trx, person);
    });
    await this.announce(person, now);
    return this.get(viewer, id);
  }

  async deleteContact(viewer: Viewer, id: string, contactId: string) {
    const person = await this.find(viewer, id);
    const contact = await repo.findContact(this.db, id, contactId);
    if (!contact) throw new AppError('not_found');
    if (!mayDeleteContact(viewer.membership.userId, person, contact)) {
      throw new AppError('forbidden');
    }
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await repo.updatePerson(trx, id, { updated_at: now });
      await repo.deleteContact(trx, contactId);
      await this.keepLastContact(trx, person);
    });
    await this.announce(person, now);
  }

  /**
   * Tells owners (for ours: everyone) about people it has been longer than wished with, once per
   * stretch: each is claimed with a conditional update, so with several processes each stretch
   * is announced once. "Today" is the owner's, or for ours the one who added them.
   */
  async remindDue(now = new Date()): Promise<number> {
    let reminded = 0;
    for (const due of await repo.dueReminders(this.db, localDateIn(EARLIEST_ZONE, now))) {
      const zone = due.owner_zone ?? due.adder_zone ?? 'UTC';
      if (due.remind_on === null || due.remind_on > localDateIn(zone, now)) continue;
      const since = stretchStart({ addedOn: due.added_on, lastContactOn: due.last_contact_on });
      if (!(await repo.claimReminder(this.db, due.id, since))) continue;
      const members = await repo.memberIdsOf(this.db, due.space_id);
      const told = due.owner_id === null ? members : members.filter((m) => m === due.owner_id);
      await this.notifications.notify(due.space_id, told, 'people', due.id);
      // Open pages move them to "Time to catch up" as the nudge arrives, not at the next refetch.
      await this.announce(due, now.toISOString());
      reminded++;
    }
    return reminded;
  }

  private async find(viewer: Viewer, id: string) {
    const { membership } = viewer;
    const row = await repo.findVisiblePerson(this.db, membership.spaceId, id, membership.userId);
    if (!row || !isShownTo(membership, row)) throw new AppError('not_found');
    return row;
  }

  private async editable(viewer: Viewer, id: string) {
    const row = await this.find(viewer, id);
    if (!mayEditPerson(viewer.membership.userId, row)) throw new AppError('forbidden');
    return row;
  }

  /** Whose they are must be one of us (or all of us); only my own person can be private. */
  private checkOwner(viewer: Viewer, ownerId: string | null, isPrivate: boolean, field: string) {
    const { membership } = viewer;
    if (ownerId !== null && !membership.memberIds.includes(ownerId)) {
      throw invalidField('ownerId', 'Choose someone in this space, or all of you.');
    }
    if (isPrivate && ownerId !== membership.userId) {
      throw invalidField(field, 'Only your own people can be kept private.');
    }
  }

  /**
   * Hiding a person hides them from everyone else, with all that was logged with them: so only
   * someone already mine, with nothing the others logged, may become private — no one can take
   * a shared friend, or someone else's, out of the others' sight in one move.
   */
  private async checkMayHide(viewer: Viewer, person: repo.PersonRow) {
    const me = viewer.membership.userId;
    if (person.owner_id !== me) {
      throw invalidField('private', 'Only your own people can be kept private.');
    }
    if (await repo.loggedByOthers(this.db, person.id, me)) {
      throw invalidField('private', 'Others have logged time with them, so they stay shared.');
    }
  }

  /** The latest logged day and the reminder day follow every logged or removed contact. */
  private async keepLastContact(trx: Executor, person: repo.PersonRow) {
    const lastContactOn = await repo.latestContactDay(trx, person.id);
    // Read again inside the transaction: the wish or the archive may have changed meanwhile.
    const current = await repo.findPerson(trx, person.space_id, person.id);
    await repo.updatePerson(trx, person.id, {
      last_contact_on: lastContactOn,
      remind_on: remindOn({ ...(current ?? person), last_contact_on: lastContactOn }),
    });
  }

  private async present(viewer: Viewer, rows: repo.PersonRow[], today: string) {
    const ids = rows.map((r) => r.id);
    const { spaceId, userId } = viewer.membership;
    const [onLastDay, meetups] = await Promise.all([
      repo.contactsOnLastDay(this.db, spaceId, ids),
      repo.lastMeetups(this.db, spaceId, ids),
    ]);
    const present = await repo.presentAt(
      this.db,
      onLastDay.map((c) => c.id),
    );
    return rows.map((row) => {
      const contact = onLastDay.find((c) => c.person_id === row.id);
      const last = contact
        ? {
            contact,
            presentIds: present.filter((p) => p.contact_id === contact.id).map((p) => p.user_id),
          }
        : null;
      const metOn = meetups.find((m) => m.person_id === row.id)?.latest ?? null;
      return presentPerson(userId, row, today, last, metOn);
    });
  }

  /** A private person's events reach their owner only. */
  private announce(
    person: Pick<repo.PersonRow, 'id' | 'space_id' | 'owner_id' | 'private'>,
    at: string,
  ) {
    return this.bus.publish({
      kind: 'event',
      spaceId: person.space_id,
      event: eventOf('person', person.id, at),
      ...(person.private === 1 && person.owner_id ? { onlyTo: person.owner_id } : {}),
    });
  }
}

/** The first overdue day of a person's current stretch; null without a wish or when archived. */
function remindOn(
  row: Pick<repo.PersonRow, 'every_days' | 'archived_at' | 'added_on' | 'last_contact_on'>,
) {
  if (row.every_days === null || row.archived_at !== null) return null;
  return firstOverdueDay(
    stretchStart({ addedOn: row.added_on, lastContactOn: row.last_contact_on }),
    row.every_days,
  );
}
