import { describe, expect, it } from 'vitest';
import { parseRecurrence, recurrenceInWords } from './recurrence-words';

describe('recurrenceInWords', () => {
  it('says a one-off happens once', () => {
    expect(recurrenceInWords(null)).toBe('Once');
  });

  it('words daily, monthly and yearly rules, with their interval', () => {
    expect(recurrenceInWords('FREQ=DAILY')).toBe('Every day');
    expect(recurrenceInWords('FREQ=DAILY;INTERVAL=3')).toBe('Every 3 days');
    expect(recurrenceInWords('FREQ=MONTHLY')).toBe('Monthly');
    expect(recurrenceInWords('FREQ=MONTHLY;INTERVAL=2')).toBe('Every 2 months');
    expect(recurrenceInWords('FREQ=YEARLY')).toBe('Once a year');
    expect(recurrenceInWords('FREQ=YEARLY;INTERVAL=5')).toBe('Every 5 years');
  });

  it('words weekly rules by their days, in calendar order', () => {
    expect(recurrenceInWords('FREQ=WEEKLY')).toBe('Every week');
    expect(recurrenceInWords('FREQ=WEEKLY;INTERVAL=2')).toBe('Every 2 weeks');
    expect(recurrenceInWords('FREQ=WEEKLY;BYDAY=SU')).toBe('Sundays');
    expect(recurrenceInWords('FREQ=WEEKLY;BYDAY=TH,MO')).toBe('Mondays and Thursdays');
    expect(recurrenceInWords('FREQ=WEEKLY;BYDAY=MO,WE,FR')).toBe(
      'Mondays, Wednesdays, and Fridays',
    );
    expect(recurrenceInWords('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA')).toBe('Saturdays, every 2 weeks');
  });

  it('shortens whole weeks and working weeks', () => {
    expect(recurrenceInWords('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('Weekdays');
    expect(recurrenceInWords('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU')).toBe('Every day');
  });

  it('shows a rule it cannot read as it is', () => {
    expect(recurrenceInWords('FREQ=HOURLY')).toBe('FREQ=HOURLY');
  });
});

describe('parseRecurrence', () => {
  it('rejects unknown days and bad intervals', () => {
    expect(parseRecurrence('FREQ=WEEKLY;BYDAY=XX')).toBeUndefined();
    expect(parseRecurrence('FREQ=DAILY;INTERVAL=0')).toBeUndefined();
    expect(parseRecurrence('FREQ=DAILY;INTERVAL=x')).toBeUndefined();
  });
});
