import { describe, expect, it } from 'vitest';
import type { AgendaItemView, Member } from '@tandem/shared';
import {
  actionInWords,
  closedInWords,
  dayHeading,
  doerInWords,
  groupByDay,
  handoffInWords,
  isMine,
  occurrenceKey,
  overdueInWords,
  putOffInWords,
  putOffRange,
  quickPutOffDays,
} from './agenda-view';

// A Tuesday; the Saturday after it is 2026-11-28.
const today = '2026-11-24';

const item = (overrides: Partial<AgendaItemView> = {}): AgendaItemView => ({
  choreId: 'bins',
  dueOn: today,
  showOn: today,
  ownerId: 'me',
  status: 'open',
  overdue: false,
  completion: null,
  snoozedUntil: null,
  handoff: null,
  capabilities: { canSnooze: true, canAskToTake: true, canAnswer: false, canWithdraw: false },
  ...overrides,
});

const member = (userId: string, displayName: string): Member => ({
  userId,
  displayName,
  timeZone: 'UTC',
  role: 'member',
  joinedAt: '2025-01-01T00:00:00.000Z',
  isMe: userId === 'me',
});
const members = [member('me', 'Alex'), member('sam', 'Sam'), member('kim', 'Kim')];

const names: Record<string, string> = { bins: 'Bins', dishes: 'Dishes', plants: 'Plants' };
const nameOf = (choreId: string) => names[choreId] ?? '';

describe('isMine', () => {
  it('is what I do this time, what I am asked to take, what I asked of others, what I did', () => {
    expect(isMine(item(), 'me')).toBe(true);
    expect(isMine(item({ ownerId: 'sam' }), 'me')).toBe(false);
    expect(isMine(item({ ownerId: null }), 'me')).toBe(false);
    const askedOfMe = { from: 'sam', to: 'me', status: 'asked' as const };
    expect(isMine(item({ ownerId: 'sam', handoff: askedOfMe }), 'me')).toBe(true);
    const declinedByMe = { ...askedOfMe, status: 'declined' as const };
    expect(isMine(item({ ownerId: 'sam', handoff: declinedByMe }), 'me')).toBe(false);
    const takenBySam = { from: 'me', to: 'sam', status: 'accepted' as const };
    expect(isMine(item({ ownerId: 'sam', handoff: takenBySam }), 'me')).toBe(true);
    const doneByMe = { id: 'c1', doneBy: 'me', canUndo: true };
    expect(isMine(item({ ownerId: 'sam', status: 'done', completion: doneByMe }), 'me')).toBe(true);
  });

  it('leaves out what concerns two others', () => {
    const handoff = { from: 'sam', to: 'kim', status: 'asked' as const };
    expect(isMine(item({ ownerId: 'sam', handoff }), 'me')).toBe(false);
  });
});

describe('dayHeading', () => {
  it('names today and tomorrow, then the weekday and date', () => {
    expect(dayHeading(today, today)).toBe('Today');
    expect(dayHeading('2026-11-25', today)).toBe('Tomorrow');
    expect(dayHeading('2026-11-26', today)).toBe('Thursday, November 26');
  });
});

describe('groupByDay', () => {
  it('puts overdue first, then each day in order, with nothing for empty days', () => {
    const items = [
      item({ choreId: 'dishes', dueOn: '2026-11-22', showOn: '2026-11-22', overdue: true }),
      item({ choreId: 'bins' }),
      item({ choreId: 'plants', dueOn: '2026-11-27', showOn: '2026-11-27' }),
      item({ choreId: 'bins', dueOn: '2026-11-20', showOn: '2026-11-20', overdue: true }),
    ];
    const groups = groupByDay(items, today, nameOf);
    expect(groups.map((g) => [g.key, g.heading])).toEqual([
      ['overdue', 'Overdue'],
      [today, 'Today'],
      ['2026-11-27', 'Friday, November 27'],
    ]);
    // Overdue the longest first.
    expect(groups[0]!.items.map((i) => i.dueOn)).toEqual(['2026-11-20', '2026-11-22']);
  });

  it('lists what is still open first within a day, each part by name', () => {
    const done = { id: 'c1', doneBy: 'me', canUndo: true };
    const items = [
      item({ choreId: 'bins', status: 'done', completion: done }),
      item({ choreId: 'plants' }),
      item({ choreId: 'dishes' }),
    ];
    const [day] = groupByDay(items, today, nameOf);
    expect(day!.items.map((i) => i.choreId)).toEqual(['dishes', 'plants', 'bins']);
  });

  it('gives no groups for nothing', () => {
    expect(groupByDay([], today, nameOf)).toEqual([]);
  });
});

describe('doerInWords', () => {
  it('says who does it this time', () => {
    expect(doerInWords(item(), 'me', members)).toBe('You do this one');
    expect(doerInWords(item({ ownerId: 'sam' }), 'me', members)).toBe('Sam does this one');
    expect(doerInWords(item({ ownerId: null }), 'me', members)).toBe('Not shared out yet');
  });
});

describe('handoffInWords', () => {
  const say = (from: string, to: string, status: 'asked' | 'accepted' | 'declined') =>
    handoffInWords(item({ handoff: { from, to, status } }), 'me', members);

  it('describes a request from where I sit', () => {
    expect(say('me', 'sam', 'asked')).toBe('You asked Sam to take this one.');
    expect(say('sam', 'me', 'asked')).toBe('Sam asks you to take this one.');
    expect(say('sam', 'kim', 'asked')).toBe('Sam asked Kim to take this one.');
  });

  it('describes the answer', () => {
    expect(say('me', 'sam', 'accepted')).toBe('Sam is taking this one this time.');
    expect(say('sam', 'me', 'accepted')).toBe('You’re taking this one this time.');
    expect(say('me', 'sam', 'declined')).toBe('Sam can’t this time.');
    expect(say('sam', 'me', 'declined')).toBe('You said you can’t this time.');
  });

  it('is null when nobody asked, and names someone who left as a former member', () => {
    expect(handoffInWords(item(), 'me', members)).toBeNull();
    expect(say('me', 'gone', 'asked')).toBe('You asked Former member to take this one.');
  });
});

describe('closedInWords', () => {
  it('says who did it, or that it was skipped, and nothing while open', () => {
    const by = (doneBy: string) => ({ id: 'c1', doneBy, canUndo: false });
    expect(closedInWords(item({ status: 'done', completion: by('me') }), 'me', members)).toBe(
      'Done by you',
    );
    expect(closedInWords(item({ status: 'done', completion: by('sam') }), 'me', members)).toBe(
      'Done by Sam',
    );
    expect(closedInWords(item({ status: 'skipped', completion: by('sam') }), 'me', members)).toBe(
      'Skipped this time',
    );
    expect(closedInWords(item(), 'me', members)).toBeNull();
  });
});

describe('overdueInWords and putOffInWords', () => {
  it('say since when it is overdue and where it was put off to', () => {
    const late = item({ dueOn: '2026-11-23', showOn: '2026-11-23', overdue: true });
    expect(overdueInWords(late)).toBe('Overdue since Mon, Nov 23');
    expect(overdueInWords(item())).toBeNull();
    const moved = item({ showOn: '2026-11-26', snoozedUntil: '2026-11-26' });
    expect(putOffInWords(moved)).toBe('Put off to Thu, Nov 26 (was due Tue, Nov 24)');
    expect(putOffInWords(item())).toBeNull();
  });
});

describe('putOffRange', () => {
  const weekly = { rrule: 'FREQ=WEEKLY', firstDueOn: '2026-11-03', scheduleFrom: 'due' as const };

  it('runs from the day after it is due to the day before the next one', () => {
    expect(putOffRange(item(), weekly, today)).toEqual({ first: '2026-11-25', last: '2026-11-30' });
    const later = item({ dueOn: '2026-11-26', showOn: '2026-11-26' });
    const thursdays = { ...weekly, firstDueOn: '2026-11-05' };
    expect(putOffRange(later, thursdays, today)).toEqual({
      first: '2026-11-27',
      last: '2026-12-02',
    });
  });

  it('starts today for one that is overdue', () => {
    const late = item({ dueOn: '2026-11-17', showOn: '2026-11-17', overdue: true });
    const fortnightly = { ...weekly, rrule: 'FREQ=WEEKLY;INTERVAL=2' };
    expect(putOffRange(late, fortnightly, today)).toEqual({ first: today, last: '2026-11-30' });
  });

  it('reaches a month ahead when no next one is due before then', () => {
    const once = { rrule: null, firstDueOn: today, scheduleFrom: 'due' as const };
    expect(putOffRange(item(), once, today)).toEqual({ first: '2026-11-25', last: '2026-12-24' });
    const fromCompletion = { ...weekly, scheduleFrom: 'completion' as const };
    expect(putOffRange(item(), fromCompletion, today)?.last).toBe('2026-12-24');
  });

  it('is null when the next one is due the day after, as for a daily chore', () => {
    const daily = { rrule: 'FREQ=DAILY', firstDueOn: '2026-11-01', scheduleFrom: 'due' as const };
    expect(putOffRange(item(), daily, today)).toBeNull();
  });
});

describe('quickPutOffDays', () => {
  it('offers tomorrow and Saturday within the range', () => {
    const days = quickPutOffDays({ first: '2026-11-25', last: '2026-11-30' }, today, 'Bins');
    expect(days).toEqual([
      { day: '2026-11-25', label: 'Tomorrow', accessibleLabel: 'Put off Bins to tomorrow' },
      { day: '2026-11-28', label: 'Saturday', accessibleLabel: 'Put off Bins to Saturday' },
    ]);
  });

  it('offers today for an overdue one, and leaves out days outside the range', () => {
    const days = quickPutOffDays({ first: today, last: '2026-11-25' }, today, 'Bins');
    expect(days.map((d) => d.label)).toEqual(['Today', 'Tomorrow']);
  });

  it('offers the first day it can move to, for one due later in the week', () => {
    const days = quickPutOffDays({ first: '2026-11-27', last: '2026-12-24' }, today, 'Rent');
    expect(days.map((d) => [d.day, d.label, d.accessibleLabel])).toEqual([
      ['2026-11-27', 'Friday', 'Put off Rent to Friday'],
      ['2026-11-28', 'Saturday', 'Put off Rent to Saturday'],
    ]);
    const weekOn = quickPutOffDays({ first: '2026-12-01', last: '2026-12-24' }, today, 'Rent');
    expect(weekOn.map((d) => d.label)).toEqual(['Tue, Dec 1']);
  });

  it('means next Saturday on a Saturday, and Saturday once on a Friday', () => {
    const saturday = '2026-11-28';
    const range = { first: '2026-11-29', last: '2026-12-27' };
    expect(quickPutOffDays(range, saturday, 'Bins').map((d) => d.day)).toEqual([
      '2026-11-29',
      '2026-12-05',
    ]);
    const friday = '2026-11-27';
    expect(
      quickPutOffDays({ first: saturday, last: '2026-12-26' }, friday, 'Bins').map((d) => d.day),
    ).toEqual([saturday]);
  });
});

describe('actionInWords', () => {
  it('confirms each action in a sentence', () => {
    const asked = item({ ownerId: 'sam', handoff: { from: 'sam', to: 'me', status: 'asked' } });
    expect(actionInWords({ kind: 'done' }, item(), 'Bins', members)).toBe('Marked Bins done.');
    expect(actionInWords({ kind: 'snooze', until: '2026-11-26' }, item(), 'Bins', members)).toBe(
      'Put Bins off to Thu, Nov 26.',
    );
    expect(actionInWords({ kind: 'ask', to: 'sam' }, item(), 'Bins', members)).toBe(
      'Asked Sam to take Bins.',
    );
    expect(actionInWords({ kind: 'answer', accept: false }, asked, 'Bins', members)).toBe(
      'Told Sam you can’t take Bins this time.',
    );
  });
});

describe('occurrenceKey', () => {
  it('tells occurrences of one responsibility apart by due date', () => {
    expect(occurrenceKey(item())).not.toBe(occurrenceKey(item({ dueOn: '2026-11-25' })));
  });
});
