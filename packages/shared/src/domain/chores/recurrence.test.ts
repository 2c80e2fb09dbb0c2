import { describe, expect, it } from 'vitest';
import { minutesPerWeek, occurrencesPerYear } from './recurrence';

describe('occurrencesPerYear', () => {
  it('reads the frequency, the interval and the days of the week', () => {
    expect(occurrencesPerYear('FREQ=DAILY')).toBe(365);
    expect(occurrencesPerYear('FREQ=WEEKLY')).toBe(52);
    expect(occurrencesPerYear('FREQ=WEEKLY;BYDAY=MO,TH')).toBe(104);
    expect(occurrencesPerYear('FREQ=WEEKLY;INTERVAL=2')).toBe(26);
    expect(occurrencesPerYear('FREQ=MONTHLY;INTERVAL=3')).toBe(4);
    expect(occurrencesPerYear('FREQ=YEARLY')).toBe(1);
    expect(occurrencesPerYear(null)).toBe(1);
  });

  it('turns minutes per occurrence into minutes a week', () => {
    expect(minutesPerWeek(60, 'FREQ=WEEKLY;BYDAY=MO,TH')).toBe(120);
    expect(minutesPerWeek(52, 'FREQ=YEARLY')).toBe(1);
  });
});
