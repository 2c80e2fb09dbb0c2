import { describe, expect, it } from 'vitest';
import type { Responsibility } from '@tandem/shared';
import { adjustmentSentences, reviewChoices, reviewIntervalLabel } from './review-words';

const chore = (id: string, name: string) => ({ id, name }) as Responsibility;

describe('reviewChoices', () => {
  it('offers the usual intervals, and the saved one when it is another', () => {
    expect(reviewChoices(3)).toEqual([0, 1, 2, 3, 6, 12]);
    expect(reviewChoices(4)).toEqual([0, 1, 2, 3, 4, 6, 12]);
  });
});

describe('reviewIntervalLabel', () => {
  it('reads as a choice', () => {
    expect(reviewIntervalLabel(0)).toBe('Never');
    expect(reviewIntervalLabel(1)).toBe('Every month');
    expect(reviewIntervalLabel(6)).toBe('Every 6 months');
  });
});

describe('adjustmentSentences', () => {
  it('says what the log says a chore takes to do, against the plan', () => {
    const chores = [chore('a', 'Laundry'), chore('b', 'Ironing')];
    const adjustments = [
      { choreId: 'a', plannedMinutes: 30, loggedMinutes: 50, samples: 4 },
      { choreId: 'b', plannedMinutes: 90, loggedMinutes: 45, samples: 3 },
      { choreId: 'gone', plannedMinutes: 10, loggedMinutes: 20, samples: 3 },
    ];
    expect(adjustmentSentences(adjustments, chores)).toEqual([
      'Laundry takes about 50 min to do by your log, not 30 min.',
      'Ironing takes about 45 min to do by your log, not 1 h 30 min.',
    ]);
  });
});
