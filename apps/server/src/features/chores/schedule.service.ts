import {
  addDays,
  choreAgenda,
  dueDateBefore,
  localDateIn,
  type AgendaChore,
  type AgendaItem,
  type AgendaItemView,
  type AgendaView,
} from '@tandem/shared';
import { nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Viewer } from '../spaces/viewer';
import * as choresRepo from './chores.repository';
import * as repo from './schedule.repository';

/** The furthest ahead anything can be looked up, snoozed or closed: a month. */
const HORIZON_DAYS = 31;
/** How far ahead an entry logged without a due date may reach to close the next occurrence. */
const CLOSE_AHEAD_DAYS = 7;
const MAX_SNOOZE_DAYS = 30;

/**
 * "Today / this week": each responsibility's occurrences from its rule, what the log closed,
 * and the changes made to single occurrences — snoozes and hand-offs to a partner.
 */
export class ScheduleService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  async agenda(viewer: Viewer, days: number): Promise<AgendaView> {
    const { today, items } = await this.compute(this.db, viewer, days);
    return { today, items: items.map((item) => present(item, viewer.membership.userId)) };
  }

  /**
   * The occurrence a log entry closes: the one named, which must be open in the coming month,
   * or else the earliest open one up to a week ahead (none: an entry outside the schedule).
   */
  async occurrenceToClose(
    db: Executor,
    viewer: Viewer,
    choreId: string,
    dueOn: string | undefined,
  ): Promise<string | null> {
    const { today, items } = await this.compute(db, viewer, HORIZON_DAYS, choreId);
    if (dueOn === undefined) {
      const ahead = addDays(today, CLOSE_AHEAD_DAYS);
      return items.find((i) => !i.entry && i.showOn <= ahead)?.dueOn ?? null;
    }
    const item = items.find((i) => i.dueOn === dueOn);
    if (!item) throw invalidField('dueOn', 'Not a due date of this one in the coming month.');
    if (item.entry) throw new AppError('occurrence_closed');
    return dueOn;
  }

  async snooze(viewer: Viewer, choreId: string, dueOn: string, until: string) {
    const { today, item } = await this.openItem(viewer, choreId, dueOn);
    if (!canSnooze(item, viewer.membership.userId)) throw new AppError('forbidden');
    const next = item.nextDueOn;
    if (until <= dueOn || until < today) {
      throw invalidField('until', 'Must be after the due date, and today or later.');
    }
    if (until > addDays(today, MAX_SNOOZE_DAYS) || (next !== null && until >= next)) {
      throw invalidField('until', 'Must be before the next one is due, within a month.');
    }
    await this.change(viewer, choreId, dueOn, { snoozed_until: until });
  }

  async unsnooze(viewer: Viewer, choreId: string, dueOn: string) {
    const { item } = await this.openItem(viewer, choreId, dueOn);
    if (!canSnooze(item, viewer.membership.userId)) throw new AppError('forbidden');
    await this.change(viewer, choreId, dueOn, { snoozed_until: null });
  }

  /** Asks another member to take this one occurrence; the owner stays the owner. */
  async askToTake(viewer: Viewer, choreId: string, dueOn: string, to: string) {
    const { membership } = viewer;
    requireCurrentMember(membership, to, 'to');
    if (to === membership.userId) throw invalidField('to', 'Ask someone else.');
    const { item } = await this.openItem(viewer, choreId, dueOn);
    if (!canAskToTake(item, membership.userId)) throw new AppError('forbidden');
    await this.change(viewer, choreId, dueOn, {
      handoff_from: membership.userId,
      handoff_to: to,
      handoff_status: 'asked',
    });
  }

  async answer(viewer: Viewer, choreId: string, dueOn: string, accept: boolean) {
    const { item } = await this.openItem(viewer, choreId, dueOn);
    const handoff = item.change?.handoff;
    if (handoff?.status !== 'asked') throw new AppError('handoff_not_open');
    if (handoff.to !== viewer.membership.userId) throw new AppError('forbidden');
    await this.change(viewer, choreId, dueOn, { handoff_status: accept ? 'accepted' : 'declined' });
  }

  async withdraw(viewer: Viewer, choreId: string, dueOn: string) {
    const { item } = await this.openItem(viewer, choreId, dueOn);
    const handoff = item.change?.handoff;
    if (handoff?.status !== 'asked') throw new AppError('handoff_not_open');
    if (handoff.from !== viewer.membership.userId) throw new AppError('forbidden');
    await this.change(viewer, choreId, dueOn, {
      handoff_from: null,
      handoff_to: null,
      handoff_status: null,
    });
  }

  private async openItem(viewer: Viewer, choreId: string, dueOn: string) {
    const { today, items } = await this.compute(this.db, viewer, HORIZON_DAYS, choreId);
    const index = items.findIndex((i) => i.dueOn === dueOn);
    const item = items[index];
    if (!item) throw new AppError('not_found');
    if (item.entry) throw new AppError('occurrence_closed');
    const later = items.slice(index + 1).find((i) => i.dueOn > dueOn);
    return { today, item: { ...item, nextDueOn: later?.dueOn ?? null } };
  }

  private async change(
    viewer: Viewer,
    choreId: string,
    dueOn: string,
    changes: Partial<Omit<repo.OccurrenceRow, 'space_id' | 'responsibility_id' | 'due_on'>>,
  ) {
    const { spaceId } = viewer.membership;
    const now = nowIso();
    await repo.saveOccurrenceChange(
      this.db,
      { space_id: spaceId, responsibility_id: choreId, due_on: dueOn },
      { ...changes, updated_at: now },
    );
    await this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('responsibility', choreId, now),
    });
  }

  private async compute(db: Executor, viewer: Viewer, days: number, onlyChoreId?: string) {
    const { membership, timeZone } = viewer;
    const today = localDateIn(timeZone);
    const rows = await choresRepo.listResponsibilities(db, membership.spaceId, membership.userId);
    const chores: AgendaChore[] = rows
      .filter((row) => onlyChoreId === undefined || row.id === onlyChoreId)
      .map((row) => ({
        id: row.id,
        rrule: row.rrule,
        scheduleFrom: row.schedule_from,
        firstDueOn: row.first_due_on,
        ownerId: row.owner_id && membership.memberIds.includes(row.owner_id) ? row.owner_id : null,
      }));
    if (onlyChoreId !== undefined && chores.length === 0) throw new AppError('not_found');
    // Only what can still matter: from the earliest due date that may still be open.
    const from = chores.reduce(
      (earliest, c) => min(earliest, dueDateBefore(c.rrule, c.firstDueOn, today) ?? today),
      today,
    );
    const [log, changes] = await Promise.all([
      repo.listLogForSchedule(db, membership.spaceId, from),
      repo.listOccurrenceChanges(db, membership.spaceId, from),
    ]);
    const items = choreAgenda({
      chores,
      log: log.map((row) => ({
        id: row.id,
        choreId: row.responsibility_id,
        kind: row.kind,
        doneBy: row.done_by,
        recordedBy: row.recorded_by,
        doneOn: localDateIn(timeZone, new Date(row.done_at)),
        dueOn: row.due_on,
      })),
      changes: changes.map((row) => ({
        choreId: row.responsibility_id,
        dueOn: row.due_on,
        snoozedUntil: row.snoozed_until,
        handoff:
          row.handoff_status && row.handoff_from && row.handoff_to
            ? { from: row.handoff_from, to: row.handoff_to, status: row.handoff_status }
            : null,
      })),
      today,
      days,
    });
    return { today, items };
  }
}

/** Whoever does it this time decides when; one nobody owns yet, anyone. */
const canSnooze = (item: AgendaItem, userId: string) =>
  !item.entry && (item.ownerId === null || item.ownerId === userId);

function canAskToTake(item: AgendaItem, userId: string): boolean {
  const handoff = item.change?.handoff;
  // One request at a time; once declined, the owner may ask again (or someone else).
  return !item.entry && item.ownerId === userId && (!handoff || handoff.status === 'declined');
}

function present(item: AgendaItem, userId: string): AgendaItemView {
  const open = !item.entry;
  const handoff = item.change?.handoff ?? null;
  const entry = item.entry;
  return {
    choreId: item.choreId,
    dueOn: item.dueOn,
    showOn: item.showOn,
    ownerId: item.ownerId,
    status: entry ? entry.kind : 'open',
    overdue: item.overdue,
    completion: entry
      ? {
          id: entry.id,
          doneBy: entry.doneBy,
          canUndo: entry.doneBy === userId || entry.recordedBy === userId,
        }
      : null,
    snoozedUntil: open ? (item.change?.snoozedUntil ?? null) : null,
    handoff,
    capabilities: {
      canSnooze: canSnooze(item, userId),
      canAskToTake: canAskToTake(item, userId),
      canAnswer: open && handoff?.status === 'asked' && handoff.to === userId,
      canWithdraw: open && handoff?.status === 'asked' && handoff.from === userId,
    },
  };
}

const min = (a: string, b: string) => (a < b ? a : b);
