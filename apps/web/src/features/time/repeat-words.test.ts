import { describe, expect, it } from 'vitest';
import { repeatInWords } from './repeat-words';

describe('repeatInWords', () => {
  it('says nothing for a one-off', () => {
    expect(repeatInWords(null)).toBeNull();
  });

  it('says how often, on which days and until when', () => {
    expect(repeatInWords('FREQ=DAILY')).toBe('every day');
    expect(repeatInWords('FREQ=WEEKLY;BYDAY=MO,TH')).toBe('every week on Monday and Thursday');
    expect(repeatInWords('FREQ=WEEKLY;INTERVAL=2')).toBe('every 2 weeks');
    expect(repeatInWords('FREQ=MONTHLY;COUNT=6')).toBe('every month, 6 times');
    expect(repeatInWords('FREQ=YEARLY;UNTIL=20300101')).toBe(
      'every year, until Tuesday, January 1',
    );
  });
});
