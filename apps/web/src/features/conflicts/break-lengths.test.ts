import { describe, expect, it } from 'vitest';
import { breakChoiceLabel, breakClock, breakMinutes, clockTime } from './break-lengths';

const at = (iso: string) => Date.parse(iso);

describe('breakMinutes', () => {
  it('is the chosen length for the fixed choices', () => {
    expect(breakMinutes('20', 0, 'UTC')).toBe(20);
    expect(breakMinutes('30', 0, 'UTC')).toBe(30);
    expect(breakMinutes('60', 0, 'UTC')).toBe(60);
    expect(breakMinutes('120', 0, 'UTC')).toBe(120);
  });

  it('lasts until nine tomorrow morning in my zone', () => {
    // 22:00 in Berlin (21:00 UTC in winter): eleven hours to 9:00.
    expect(breakMinutes('tomorrow', at('2026-01-10T21:00:00Z'), 'Europe/Berlin')).toBe(11 * 60);
  });

  it('never asks for more than a day', () => {
    // 8:00 in the morning: 9:00 tomorrow is 25 hours away.
    expect(breakMinutes('tomorrow', at('2026-01-10T08:00:00Z'), 'UTC')).toBe(24 * 60);
  });

  it('falls back to a whole day in a zone the browser does not know', () => {
    expect(breakMinutes('tomorrow', at('2026-01-10T08:00:00Z'), 'Mars/Olympus')).toBe(24 * 60);
  });
});

describe('breakChoiceLabel', () => {
  it('says each choice as the radio does', () => {
    expect(breakChoiceLabel('20')).toBe('20 minutes');
    expect(breakChoiceLabel('30')).toBe('30 minutes');
    expect(breakChoiceLabel('60')).toBe('1 hour');
    expect(breakChoiceLabel('120')).toBe('2 hours');
    expect(breakChoiceLabel('tomorrow')).toBe('Tomorrow morning');
  });
});

describe('breakClock', () => {
  const pause = { resumableAt: '2026-01-10T20:20:00Z', until: '2026-01-10T21:00:00Z' };

  it('counts whole minutes down to the chosen return time', () => {
    expect(breakClock(pause, at('2026-01-10T20:00:00Z'))).toEqual({
      minutesLeft: 60,
      canComeBack: false,
    });
    expect(breakClock(pause, at('2026-01-10T20:59:30Z')).minutesLeft).toBe(0);
  });

  it('opens "Come back" once the twenty minutes are over, before the chosen time', () => {
    expect(breakClock(pause, at('2026-01-10T20:19:59Z')).canComeBack).toBe(false);
    expect(breakClock(pause, at('2026-01-10T20:20:00Z'))).toEqual({
      minutesLeft: 40,
      canComeBack: true,
    });
  });

  it('says the time has come after the chosen time', () => {
    expect(breakClock(pause, at('2026-01-10T21:00:00Z'))).toEqual({
      minutesLeft: null,
      canComeBack: true,
    });
  });
});

describe('clockTime', () => {
  it('names the time alone today, with the weekday on another day', () => {
    expect(clockTime('2026-01-10T20:20:00Z', 'UTC', '2026-01-10')).toBe('8:20 PM');
    expect(clockTime('2026-01-11T09:00:00Z', 'UTC', '2026-01-10')).toBe('Sunday 9:00 AM');
  });
});
