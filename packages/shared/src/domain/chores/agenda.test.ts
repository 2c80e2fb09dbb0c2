import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../local-date';
import {
  choreAgenda,
  type AgendaChore,
  type AgendaLogEntry,
  type OccurrenceChange,
} from './agenda';

// 2026-03-05 is a Thursday.
const bins: AgendaChore = {
  id: 'bins',
  rrule: 'FREQ=WEEKLY;BYDAY=TH',
  scheduleFrom: 'due',
  firstDueOn: '2026-01-01',
  ownerId: 'ana',
};

const agenda = (
  today: string,
  chores: AgendaChore[],
  log: AgendaLogEntry[] = [],
  changes: OccurrenceChange[] = [],
) => choreAgenda({ chores, log, changes, today, days: 7 });

const done = (choreId: string, dueOn: string | null, doneOn: string): AgendaLogEntry => ({
  id: `${choreId}-${doneOn}`,
  choreId,
  kind: 'done',
  doneBy: 'ana',
  recordedBy: 'ana',
  doneOn,
  dueOn,
});

const summary = (items: ReturnType<typeof choreAgenda>) =>
  items.map(
    (i) =>
      `${i.choreId} ${i.dueOn}→${i.showOn}${i.overdue ? ' overdue' : ''}${i.entry ? ' done' : ''}`,
  );

describe('choreAgenda', () => {
  it('lists this week and what is still open from before', () => {
    expect(summary(agenda('2026-03-03', [bins]))).toEqual([
      'bins 2026-02-26→2026-02-26 overdue',
      'bins 2026-03-05→2026-03-05',
    ]);
  });

  it('drops a missed occurrence once the next one is due', () => {
    expect(summary(agenda('2026-03-05', [bins]))).toEqual(['bins 2026-03-05→2026-03-05']);
  });

  it('shows what was done in the window as done, on its day or the day it was done', () => {
    const log = [
      done('bins', '2026-02-26', '2026-03-03'),
      done('bins', '2026-03-05', '2026-03-04'),
    ];
    expect(summary(agenda('2026-03-03', [bins], log))).toEqual([
      'bins 2026-02-26→2026-03-03 done',
      'bins 2026-03-05→2026-03-05 done',
    ]);
  });

  it('moves a snoozed occurrence to its new day, overdue again once that day has passed', () => {
    const snoozed: OccurrenceChange = {
      choreId: 'bins',
      dueOn: '2026-02-26',
      snoozedUntil: '2026-03-03',
      handoff: null,
    };
    expect(summary(agenda('2026-03-02', [bins], [], [snoozed]))[0]).toBe(
      'bins 2026-02-26→2026-03-03',
    );
    expect(summary(agenda('2026-03-04', [bins], [], [snoozed]))[0]).toBe(
      'bins 2026-02-26→2026-03-03 overdue',
    );
  });

  it('gives an occurrence to whoever accepted to take it, this time only', () => {
    const handoff = (status: 'asked' | 'accepted' | 'declined'): OccurrenceChange => ({
      choreId: 'bins',
      dueOn: '2026-03-05',
      snoozedUntil: null,
      handoff: { from: 'ana', to: 'ben', status },
    });
    const owners = (status: 'asked' | 'accepted' | 'declined') =>
      choreAgenda({
        chores: [bins],
        log: [],
        changes: [handoff(status)],
        today: '2026-03-05',
        days: 14,
      }).map((i) => i.ownerId);
    expect(owners('asked')).toEqual(['ana', 'ana']);
    expect(owners('declined')).toEqual(['ana', 'ana']);
    expect(owners('accepted')).toEqual(['ben', 'ana']);
  });

  it('schedules from the last completion when asked to', () => {
    const plants: AgendaChore = {
      id: 'plants',
      rrule: 'FREQ=DAILY;INTERVAL=5',
      scheduleFrom: 'completion',
      firstDueOn: '2026-03-01',
      ownerId: 'ben',
    };
    expect(summary(agenda('2026-03-03', [plants]))).toEqual([
      'plants 2026-03-01→2026-03-01 overdue',
    ]);
    const log = [done('plants', '2026-03-01', '2026-03-03')];
    expect(summary(agenda('2026-03-03', [plants], log))).toEqual([
      'plants 2026-03-01→2026-03-03 done',
      'plants 2026-03-08→2026-03-08',
    ]);
  });

  it('keeps a one-off until it is done', () => {
    const passport = { ...bins, id: 'passport', rrule: null, firstDueOn: '2026-02-01' };
    expect(summary(agenda('2026-03-03', [passport]))).toEqual([
      'passport 2026-02-01→2026-02-01 overdue',
    ]);
    expect(
      agenda('2026-03-10', [passport], [done('passport', '2026-02-01', '2026-03-03')]),
    ).toEqual([]);
  });

  it('has every item in the window or open, each occurrence once, in day order', () => {
    const chore = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      rrule: fc.constantFrom(null, 'FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=MONTHLY'),
      scheduleFrom: fc.constantFrom('due' as const, 'completion' as const),
      firstDueOn: fc.integer({ min: 0, max: 60 }).map((d) => addDays('2026-01-01', d)),
      ownerId: fc.constant('ana'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(chore, { selector: (c) => c.id }),
        fc.integer({ min: 0, max: 90 }),
        (chores, offset) => {
          const today = addDays('2026-01-01', offset);
          const items = agenda(today, chores);
          const last = addDays(today, 6);
          for (const item of items) {
            expect(item.showOn <= last).toBe(true);
            expect(item.overdue).toBe(item.showOn < today);
          }
          const keys = items.map((i) => `${i.choreId} ${i.dueOn}`);
          expect(new Set(keys).size).toBe(keys.length);
          expect(items.map((i) => i.showOn)).toEqual(items.map((i) => i.showOn).sort());
          // At most one overdue occurrence per chore.
          const overdue = items.filter((i) => i.overdue).map((i) => i.choreId);
          expect(new Set(overdue).size).toBe(overdue.length);
        },
      ),
    );
  });
});
