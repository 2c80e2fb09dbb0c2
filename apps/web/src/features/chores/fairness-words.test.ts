import { describe, expect, it } from 'vitest';
import type { FairnessView, Member } from '@tandem/shared';
import { chartRange, gapSentences, periodLabel } from './fairness-words';

const member = (userId: string, displayName: string): Member => ({
  userId,
  displayName,
  timeZone: 'UTC',
  role: 'member',
  joinedAt: '2025-01-01T00:00:00.000Z',
  isMe: false,
});
const members = [member('alex', 'Alex'), member('sam', 'Sam')];

const figures = (userId: string, planned: number, done: number, fair: number) => ({
  userId,
  plannedMinutes: planned,
  doneMinutes: done,
  fairShareMinutes: fair,
});

const view = (period: FairnessView['period'], ...periods: FairnessView['periods']) => ({
  period,
  periods,
});

describe('periodLabel', () => {
  it('names weeks by their Monday', () => {
    const week = { start: '2026-03-02', end: '2026-03-09' };
    expect(periodLabel('week', week, 'short')).toBe('Mar 2');
    expect(periodLabel('week', week, 'long')).toBe('Week of March 2, 2026');
  });

  it('names months, with the year when there is room', () => {
    const month = { start: '2026-03-01', end: '2026-04-01' };
    expect(periodLabel('month', month, 'short')).toBe('Mar');
    expect(periodLabel('month', month, 'long')).toBe('March 2026');
  });

  it('names quarters by their first and last month', () => {
    const quarter = { start: '2025-10-01', end: '2026-01-01' };
    expect(periodLabel('quarter', quarter, 'short')).toMatch(/^Oct\s–\sDec$/);
    expect(periodLabel('quarter', quarter, 'long')).toMatch(/^October\s–\sDecember 2025$/);
  });
});

describe('chartRange', () => {
  it('runs from the first day shown to the last', () => {
    const months = view(
      'month',
      { start: '2026-06-01', end: '2026-07-01', members: [] },
      { start: '2026-11-01', end: '2026-12-01', members: [] },
    );
    expect(chartRange(months)).toMatch(/^June 1\s–\sNovember 30, 2026$/);
    expect(chartRange(view('week'))).toBe('');
  });
});

describe('gapSentences', () => {
  const february = {
    start: '2026-02-01',
    end: '2026-03-01',
    members: [figures('alex', 60, 30, 90), figures('sam', 90, 130, 70)],
  };
  const march = {
    start: '2026-03-01',
    end: '2026-04-01',
    members: [figures('alex', 120, 40, 90), figures('sam', 60, 10, 90)],
  };

  it('says the last finished period first, then the one under way, me first', () => {
    expect(gapSentences(view('month', february, march), ['alex', 'sam'], members, 'alex')).toEqual([
      'Last month you did 30 min, 30 min less than planned and 1 h under a fair share of 1 h 30 min.',
      'Last month Sam did 2 h 10 min, 40 min more than planned and 1 h over a fair share of 1 h 10 min.',
      'This month so far you did 40 min of the 2 h planned for the whole month; that plan is 30 min over a fair share of 1 h 30 min.',
      'This month so far Sam did 10 min of the 1 h planned for the whole month; that plan is 30 min under a fair share of 1 h 30 min.',
    ]);
  });

  it('calls a few minutes either way "about", rather than counting them', () => {
    const week = {
      start: '2026-03-02',
      end: '2026-03-09',
      members: [figures('sam', 62, 58, 61)],
    };
    const now = { ...week, start: '2026-03-09', end: '2026-03-16' };
    expect(gapSentences(view('week', week, now), ['sam'], members, 'alex')).toEqual([
      'Last week Sam did 58 min, about as planned and about a fair share of 1 h 1 min.',
      'This week so far Sam did 58 min of the 1 h 2 min planned for the whole week; that plan is about a fair share of 1 h 1 min.',
    ]);
  });

  it('has only the period under way when it is the only one, and skips who is not in it', () => {
    const quarter = {
      start: '2026-01-01',
      end: '2026-04-01',
      members: [figures('sam', 600, 300, 600)],
    };
    expect(gapSentences(view('quarter', quarter), ['alex', 'sam'], members, 'alex')).toEqual([
      'This quarter so far Sam did 5 h of the 10 h planned for the whole quarter; that plan is about a fair share of 10 h.',
    ]);
  });

  it('says nothing when there is nothing to show', () => {
    expect(gapSentences(view('month'), ['alex'], members, 'alex')).toEqual([]);
  });
});
