import { isSupportedEventRule } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import {
  noRepeat,
  repeatProblem,
  repeatToRrule,
  rruleToRepeat,
  sameRepeat,
  shownDays,
  toggleDay,
  weekdayOf,
  type RepeatDraft,
} from './repeat-rule';

const monday = '2026-05-04';
const repeat = (changes: Partial<RepeatDraft>): RepeatDraft => ({ ...noRepeat, ...changes });

describe('repeatToRrule', () => {
  it('makes no rule for a one-off', () => {
    expect(repeatToRrule(noRepeat, monday)).toBeNull();
  });

  it('makes one rule per choice', () => {
    expect(repeatToRrule(repeat({ choice: 'daily' }), monday)).toBe('FREQ=DAILY');
    expect(repeatToRrule(repeat({ choice: 'monthly' }), monday)).toBe('FREQ=MONTHLY');
    expect(repeatToRrule(repeat({ choice: 'yearly' }), monday)).toBe('FREQ=YEARLY');
  });

  it('repeats weekly on the start’s weekday unless days are chosen, in calendar order', () => {
    expect(repeatToRrule(repeat({ choice: 'weekly' }), monday)).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(repeatToRrule(repeat({ choice: 'weekly', days: ['TH', 'MO'] }), monday)).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TH',
    );
  });

  it('ends on a day (that whole day included) or after a number of times', () => {
    expect(
      repeatToRrule(repeat({ choice: 'daily', end: 'until', until: '2026-06-01' }), monday),
    ).toBe('FREQ=DAILY;UNTIL=20260601');
    expect(repeatToRrule(repeat({ choice: 'daily', end: 'count', count: '10' }), monday)).toBe(
      'FREQ=DAILY;COUNT=10',
    );
  });

  it('keeps an interval it was given', () => {
    expect(repeatToRrule(repeat({ choice: 'weekly', interval: 2 }), monday)).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
    );
  });

  it('only makes rules the server accepts', () => {
    for (const draft of [
      repeat({ choice: 'daily', end: 'count', count: '3' }),
      repeat({ choice: 'weekly', days: ['SA', 'SU'], end: 'until', until: '2026-12-31' }),
      repeat({ choice: 'monthly', interval: 3 }),
      repeat({ choice: 'yearly' }),
    ]) {
      expect(isSupportedEventRule(repeatToRrule(draft, monday) ?? '')).toBe(true);
    }
  });
});

describe('rruleToRepeat', () => {
  it('reads back every rule the form makes', () => {
    for (const draft of [
      repeat({ choice: 'daily', end: 'count', count: '10' }),
      repeat({ choice: 'weekly', days: ['MO', 'TH'], end: 'until', until: '2026-06-01' }),
      repeat({ choice: 'monthly' }),
      repeat({ choice: 'yearly', interval: 2 }),
    ]) {
      const rule = repeatToRrule(draft, monday);
      expect(repeatToRrule(rruleToRepeat(rule), monday)).toBe(rule);
    }
  });

  it('reads a one-off as never', () => {
    expect(rruleToRepeat(null)).toEqual(noRepeat);
  });

  it('reads the day of an UNTIL given as a date and time, as imported files do', () => {
    const read = rruleToRepeat('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z');
    expect(read).toMatchObject({
      choice: 'weekly',
      days: ['TU'],
      end: 'until',
      until: '2026-12-31',
    });
  });
});

describe('weekdays', () => {
  it('knows the weekday of a day', () => {
    expect(weekdayOf('2026-05-04')).toBe('MO');
    expect(weekdayOf('2026-05-10')).toBe('SU');
  });

  it('shows the start’s weekday until days are chosen', () => {
    expect(shownDays([], '2026-05-07')).toEqual(['TH']);
    expect(shownDays(['FR', 'MO'], '2026-05-07')).toEqual(['MO', 'FR']);
  });

  it('ticks a day on top of those shown, and unticks one', () => {
    expect(toggleDay([], '2026-05-07', 'MO', true)).toEqual(['MO', 'TH']);
    expect(toggleDay(['MO', 'TH'], '2026-05-07', 'TH', false)).toEqual(['MO']);
  });
});

describe('repeatProblem', () => {
  it('asks for a last day on or after the first', () => {
    const daily = repeat({ choice: 'daily', end: 'until' });
    expect(repeatProblem({ ...daily, until: '' }, monday)?.field).toBe('until');
    expect(repeatProblem({ ...daily, until: '2026-05-03' }, monday)?.field).toBe('until');
    expect(repeatProblem({ ...daily, until: monday }, monday)).toBeUndefined();
  });

  it('asks for a whole number of times from 1 to 999', () => {
    const daily = repeat({ choice: 'daily', end: 'count' });
    expect(repeatProblem({ ...daily, count: '0' }, monday)?.field).toBe('count');
    expect(repeatProblem({ ...daily, count: '2.5' }, monday)?.field).toBe('count');
    expect(repeatProblem({ ...daily, count: '1000' }, monday)?.field).toBe('count');
    expect(repeatProblem({ ...daily, count: '12' }, monday)).toBeUndefined();
  });

  it('has nothing to say about a one-off, whatever was typed before', () => {
    expect(repeatProblem({ ...noRepeat, end: 'count', count: 'x' }, monday)).toBeUndefined();
  });
});

describe('sameRepeat', () => {
  it('sees a weekly repeat on the start’s day as unchanged when the date moves', () => {
    const weekly = repeat({ choice: 'weekly' });
    expect(sameRepeat(weekly, { ...weekly }, '2026-05-05')).toBe(true);
    expect(sameRepeat(weekly, { ...weekly, days: ['SU'] }, '2026-05-05')).toBe(false);
  });
});
