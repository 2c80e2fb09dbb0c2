import { describe, expect, it } from 'vitest';
import {
  choiceToRrule,
  recurrenceChoices,
  rruleToChoice,
  type RecurrenceSelection,
} from './rrule-choice';

describe('choiceToRrule', () => {
  it('gives the rule for each choice', () => {
    const rule = (choice: RecurrenceSelection['choice']) => choiceToRrule({ choice, days: [] });
    expect(rule('once')).toBeNull();
    expect(rule('daily')).toBe('FREQ=DAILY');
    expect(rule('weekly')).toBe('FREQ=WEEKLY');
    expect(rule('biweekly')).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(rule('monthly')).toBe('FREQ=MONTHLY');
    expect(rule('quarterly')).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(rule('yearly')).toBe('FREQ=YEARLY');
  });

  it('puts weekly days in calendar order', () => {
    expect(choiceToRrule({ choice: 'weekly', days: ['TH', 'MO'] })).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  });

  it('ignores days for anything but weekly', () => {
    expect(choiceToRrule({ choice: 'monthly', days: ['MO'] })).toBe('FREQ=MONTHLY');
  });
});

describe('rruleToChoice', () => {
  it('round-trips every choice', () => {
    for (const choice of recurrenceChoices) {
      const selection = { choice, days: [] };
      expect(rruleToChoice(choiceToRrule(selection))).toEqual(selection);
    }
    const weekly: RecurrenceSelection = { choice: 'weekly', days: ['MO', 'TH', 'SU'] };
    expect(rruleToChoice(choiceToRrule(weekly))).toEqual(weekly);
    expect(choiceToRrule(rruleToChoice('FREQ=WEEKLY;BYDAY=MO,TH'))).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
  });

  it('maps rules the form cannot make to the nearest choice', () => {
    expect(rruleToChoice('FREQ=DAILY;INTERVAL=2').choice).toBe('daily');
    expect(rruleToChoice('FREQ=DAILY;INTERVAL=7').choice).toBe('weekly');
    expect(rruleToChoice('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO')).toEqual({
      choice: 'biweekly',
      days: [],
    });
    expect(rruleToChoice('FREQ=MONTHLY;INTERVAL=2').choice).toBe('quarterly');
    expect(rruleToChoice('FREQ=MONTHLY;INTERVAL=12').choice).toBe('yearly');
    expect(rruleToChoice('FREQ=YEARLY;INTERVAL=2').choice).toBe('yearly');
  });

  it('shows a rule it cannot read as every week', () => {
    expect(rruleToChoice('FREQ=HOURLY')).toEqual({ choice: 'weekly', days: [] });
    expect(rruleToChoice('nonsense')).toEqual({ choice: 'weekly', days: [] });
  });
});
