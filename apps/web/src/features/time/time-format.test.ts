import { describe, expect, it } from 'vitest';
import { clockRange, dayIn, isKnownTimeZone, knownTimeZone, sameClockAt } from './time-format';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('time formatting in a zone', () => {
  it('finds the day an instant falls on in each partner’s zone', () => {
    expect(dayIn('Europe/Berlin', '2026-05-04T23:30:00.000Z')).toBe('2026-05-05');
    expect(dayIn('America/New_York', '2026-05-04T23:30:00.000Z')).toBe('2026-05-04');
  });

  it('keeps a time range short within a day, and plain across midnight', () => {
    expect(plain(clockRange('2026-05-04T17:00:00Z', '2026-05-04T19:00:00Z', 'Europe/Berlin'))).toBe(
      '7:00 – 9:00 PM',
    );
    expect(plain(clockRange('2026-05-04T20:00:00Z', '2026-05-04T22:00:00Z', 'Europe/Berlin'))).toBe(
      '10:00 PM – 12:00 AM',
    );
  });

  it('follows daylight saving: the same wall clock either side of the change', () => {
    // Berlin moves to summer time on 29 March 2026: 19:00 is 18:00Z before, 17:00Z after.
    expect(plain(clockRange('2026-03-28T18:00:00Z', '2026-03-28T19:00:00Z', 'Europe/Berlin'))).toBe(
      '7:00 – 8:00 PM',
    );
    expect(plain(clockRange('2026-03-29T17:00:00Z', '2026-03-29T18:00:00Z', 'Europe/Berlin'))).toBe(
      '7:00 – 8:00 PM',
    );
  });

  it('tells when two zones show the same clock', () => {
    expect(sameClockAt('2026-05-04T17:00:00Z', 'Europe/Berlin', 'Europe/Paris')).toBe(true);
    expect(sameClockAt('2026-05-04T17:00:00Z', 'Europe/Berlin', 'Europe/London')).toBe(false);
  });

  it('falls back to the device’s zone for one the browser does not know', () => {
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(knownTimeZone('Mars/Olympus_Mons')).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect(knownTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
  });
});
