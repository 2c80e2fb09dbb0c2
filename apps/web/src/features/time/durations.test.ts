import { describe, expect, it } from 'vitest';
import { durationInWords, formatHours, hoursText, parseHours } from './durations';

describe('formatHours', () => {
  it('says hours, minutes or both', () => {
    expect(formatHours(120)).toBe('2 h');
    expect(formatHours(150)).toBe('2 h 30 min');
    expect(formatHours(45)).toBe('45 min');
    expect(formatHours(0)).toBe('0 h');
  });

  it('rounds to the minute and never goes below nothing', () => {
    expect(formatHours(59.6)).toBe('1 h');
    expect(formatHours(-5)).toBe('0 h');
  });
});

describe('durationInWords', () => {
  it('calls nothing "no time"', () => {
    expect(durationInWords(0)).toBe('no time');
    expect(durationInWords(90)).toBe('1 h 30 min');
  });
});

describe('hoursText', () => {
  it('shows minutes as hours, empty for no wish', () => {
    expect(hoursText(600)).toBe('10');
    expect(hoursText(90)).toBe('1.5');
    expect(hoursText(20)).toBe('0.33');
    expect(hoursText(undefined)).toBe('');
  });
});

describe('parseHours', () => {
  it('reads whole and decimal hours, with a point or a comma', () => {
    expect(parseHours('10')).toEqual({ ok: true, minutes: 600 });
    expect(parseHours('1.5')).toEqual({ ok: true, minutes: 90 });
    expect(parseHours('1,5')).toEqual({ ok: true, minutes: 90 });
    expect(parseHours('.5')).toEqual({ ok: true, minutes: 30 });
  });

  it('reads hours and minutes as on a clock', () => {
    expect(parseHours('1:30')).toEqual({ ok: true, minutes: 90 });
  });

  it('takes an empty field as no wish', () => {
    expect(parseHours('  ')).toEqual({ ok: true, minutes: null });
  });

  it('refuses what is not 0 to 168 hours', () => {
    expect(parseHours('169')).toEqual({ ok: false });
    expect(parseHours('-1')).toEqual({ ok: false });
    expect(parseHours('ten')).toEqual({ ok: false });
    expect(parseHours('1:75')).toEqual({ ok: false });
    expect(parseHours('168')).toEqual({ ok: true, minutes: 10080 });
  });
});
