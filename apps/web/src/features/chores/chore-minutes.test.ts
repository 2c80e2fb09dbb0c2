import { describe, expect, it } from 'vitest';
import { aboutPerWeek, formatDuration, stagesInWords, weeklyMinutes } from './chore-minutes';

const m = (notice: number, plan: number, doing: number) => ({ notice, plan, do: doing });

describe('weeklyMinutes', () => {
  it('counts every stage of every occurrence in a week', () => {
    expect(weeklyMinutes(m(5, 15, 45), 'FREQ=DAILY')).toBe(Math.round((65 * 365) / 52));
    expect(weeklyMinutes(m(5, 5, 60), 'FREQ=WEEKLY;BYDAY=MO,TH')).toBe(140);
    expect(weeklyMinutes(m(0, 0, 60), 'FREQ=WEEKLY;INTERVAL=2')).toBe(30);
  });

  it('averages monthly, yearly and one-off work over the year', () => {
    expect(weeklyMinutes(m(0, 0, 52), 'FREQ=MONTHLY')).toBe(12);
    expect(weeklyMinutes(m(0, 0, 520), 'FREQ=YEARLY')).toBe(10);
    expect(weeklyMinutes(m(0, 0, 104), null)).toBe(2);
  });
});

describe('formatDuration', () => {
  it('shows minutes, hours, or both, rounded to the minute', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(44.6)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(250)).toBe('4 h 10 min');
    expect(formatDuration(59.7)).toBe('1 h');
  });

  it('never shows a negative duration', () => {
    expect(formatDuration(-3)).toBe('0 min');
  });
});

describe('aboutPerWeek', () => {
  it('gives the rounded weekly time', () => {
    expect(aboutPerWeek(m(5, 5, 60), 'FREQ=WEEKLY;BYDAY=MO,TH')).toBe('about 2 h 20 min a week');
    expect(aboutPerWeek(m(0, 0, 20), 'FREQ=WEEKLY')).toBe('about 20 min a week');
  });

  it('says so when it is under a minute', () => {
    expect(aboutPerWeek(m(0, 0, 10), 'FREQ=YEARLY')).toBe('under a minute a week');
  });
});

describe('stagesInWords', () => {
  it('lists notice, plan and do', () => {
    expect(stagesInWords(m(5, 5, 60))).toBe('Notice 5 · Plan 5 · Do 60 min');
  });
});
