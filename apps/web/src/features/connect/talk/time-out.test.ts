import { applyMove, MIN_TIMEOUT_MINUTES, startSession } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { breakLength, clockTime, minutesToWait, TIME_OUT_CHOICES, timeOutUntil } from './time-out';

const NOW = Date.parse('2026-03-02T18:19:10.000Z');

describe('timeOutUntil', () => {
  it('ends on a whole minute, a little after the chosen length', () => {
    expect(timeOutUntil(20, NOW)).toBe('2026-03-02T18:40:00.000Z');
    expect(timeOutUntil(60, NOW)).toBe('2026-03-02T19:20:00.000Z');
  });

  it('is long enough for the server, even when the request takes a few seconds', () => {
    const talking = applyMove(
      startSession('a', 'b'),
      'b',
      { type: 'join' },
      '2026-03-02T18:00:00Z',
    );
    if (!talking.ok) throw new Error('could not join');
    // Whatever the second: on the minute, just after it, and where rounding adds nothing.
    for (const now of [
      NOW,
      Date.parse('2026-03-02T18:19:50.000Z'),
      Date.parse('2026-03-02T18:20:00.000Z'),
    ]) {
      for (const minutes of TIME_OUT_CHOICES) {
        const until = timeOutUntil(minutes, now);
        const arrives = new Date(now + 9_000).toISOString();
        expect(applyMove(talking.state, 'a', { type: 'timeout', until }, arrives).ok).toBe(true);
      }
    }
  });

  it('never offers less than the shortest break the method allows', () => {
    expect(Math.min(...TIME_OUT_CHOICES)).toBe(MIN_TIMEOUT_MINUTES);
  });
});

describe('minutesToWait', () => {
  const until = '2026-03-02T18:40:00.000Z';
  it('counts whole minutes down, and says when the time has come', () => {
    expect(minutesToWait(until, Date.parse('2026-03-02T18:10:00.000Z'))).toBe(30);
    expect(minutesToWait(until, Date.parse('2026-03-02T18:10:00.001Z'))).toBe(29);
    expect(minutesToWait(until, Date.parse('2026-03-02T18:39:00.000Z'))).toBe(1);
    expect(minutesToWait(until, Date.parse('2026-03-02T18:39:59.999Z'))).toBe(0);
    expect(minutesToWait(until, Date.parse(until))).toBeNull();
    expect(minutesToWait(until, Date.parse('2026-03-02T19:00:00.000Z'))).toBeNull();
  });

  it('starts a chosen break at its own length', () => {
    for (const minutes of TIME_OUT_CHOICES) {
      const until = timeOutUntil(minutes, NOW);
      expect(minutesToWait(until, NOW)).toBe(minutes);
    }
  });
});

describe('breakLength', () => {
  it('says minutes, and hours when it is whole hours', () => {
    expect(TIME_OUT_CHOICES.map(breakLength)).toEqual(['20 minutes', '30 minutes', '1 hour']);
  });
});

describe('clockTime', () => {
  it('shows the time in the viewer’s time zone', () => {
    // Intl puts a narrow no-break space before "PM"; any space will do here.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(clockTime('2026-03-02T18:40:00.000Z', 'Europe/Berlin'))).toBe('7:40 PM');
    expect(plain(clockTime('2026-03-02T18:40:00.000Z', 'UTC'))).toBe('6:40 PM');
  });
});
