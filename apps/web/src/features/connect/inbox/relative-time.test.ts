import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it('says how long ago, the way people do', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now');
    expect(relativeTime(ago(MINUTE), now)).toBe('1 minute ago');
    expect(relativeTime(ago(59 * MINUTE), now)).toBe('59 minutes ago');
    expect(relativeTime(ago(90 * MINUTE), now)).toBe('1 hour ago');
    expect(relativeTime(ago(23 * HOUR), now)).toBe('23 hours ago');
    expect(relativeTime(ago(DAY + HOUR), now)).toBe('yesterday');
    expect(relativeTime(ago(6 * DAY), now)).toBe('6 days ago');
  });

  it('gives the date past a week, in the viewer’s zone', () => {
    expect(relativeTime('2026-03-01T23:30:00Z', now, 'UTC')).toBe('Mar 1, 2026');
    expect(relativeTime('2026-03-01T23:30:00Z', now, 'Europe/Berlin')).toBe('Mar 2, 2026');
  });

  it('calls a moment slightly ahead (clocks differ) just now', () => {
    expect(relativeTime(ago(-30_000), now)).toBe('just now');
  });
});
