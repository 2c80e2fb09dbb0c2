import { describe, expect, it } from 'vitest';
import { dateWhen, dayWords } from './date-when';

const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');
const berlinEvening = {
  startAt: '2026-05-05T17:00:00.000Z',
  endAt: '2026-05-05T19:00:00.000Z',
  timeZone: 'Europe/Berlin',
};

describe('dateWhen', () => {
  it('says the day and time in my zone, with "Today" and "Tomorrow" close by', () => {
    const when = dateWhen(berlinEvening, 'Europe/Berlin', '2026-05-04');
    expect(plain(when.mine)).toBe('Tomorrow, 7:00 – 9:00 PM');
    expect(when.theirs).toBeUndefined();
    expect(plain(dateWhen(berlinEvening, 'Europe/Berlin', '2026-05-01').mine)).toBe(
      'Tuesday, May 5, 7:00 – 9:00 PM',
    );
  });

  it('notes the date’s own clock when I am somewhere else', () => {
    const when = dateWhen(berlinEvening, 'America/New_York', '2026-05-05');
    expect(plain(when.mine)).toBe('Today, 1:00 – 3:00 PM');
    expect(plain(when.theirs)).toBe('7:00 – 9:00 PM in Europe/Berlin');
    const tokyo = dateWhen(
      { ...berlinEvening, timeZone: 'Asia/Tokyo' },
      'America/New_York',
      '2026-05-05',
    );
    // 17:00Z is already Wednesday morning in Tokyo.
    expect(plain(tokyo.theirs)).toBe('Wednesday 2:00 – 4:00 AM in Asia/Tokyo');
  });
});

describe('dayWords', () => {
  it('adds the year only when it is not this one', () => {
    expect(dayWords('2026-05-03', '2026-05-04')).toBe('Yesterday');
    expect(dayWords('2027-01-02', '2026-05-04')).toBe('Saturday, January 2, 2027');
  });
});
