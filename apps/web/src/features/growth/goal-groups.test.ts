import type { GrowthGoal } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { groupGoals, othersNames, stepsDone } from './goal-groups';

const goal = (overrides: Partial<GrowthGoal>): GrowthGoal => ({
  id: 'g',
  ownerId: 'alex',
  title: 'A goal',
  why: '',
  visibility: 'private',
  howToHelp: '',
  status: 'active',
  steps: [],
  notes: [],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  capabilities: { canEdit: true, canEncourage: false },
  ...overrides,
});

describe('groupGoals', () => {
  it('splits mine from the others’ shared goals, never showing their private ones', () => {
    const goals = [
      goal({ id: 'mine-private' }),
      goal({ id: 'mine-shared', visibility: 'shared' }),
      goal({ id: 'theirs-shared', ownerId: 'sam', visibility: 'shared' }),
      goal({ id: 'theirs-private', ownerId: 'sam' }),
    ];
    const { mine, theirs } = groupGoals(goals, 'alex');
    expect(mine.map((g) => g.id).sort()).toEqual(['mine-private', 'mine-shared']);
    expect(theirs.map((g) => g.id)).toEqual(['theirs-shared']);
  });

  it('puts active goals first, then paused, then done, newest first within each', () => {
    const goals = [
      goal({ id: 'done', status: 'done', createdAt: '2026-03-09T00:00:00.000Z' }),
      goal({ id: 'old', createdAt: '2026-01-01T00:00:00.000Z' }),
      goal({ id: 'paused', status: 'paused' }),
      goal({ id: 'new', createdAt: '2026-03-05T00:00:00.000Z' }),
    ];
    expect(groupGoals(goals, 'alex').mine.map((g) => g.id)).toEqual([
      'new',
      'old',
      'paused',
      'done',
    ]);
  });
});

describe('othersNames', () => {
  it('names everyone but me', () => {
    expect(
      othersNames([
        { displayName: 'Alex', isMe: true },
        { displayName: 'Sam', isMe: false },
      ]),
    ).toEqual(['Sam']);
  });
});

describe('stepsDone', () => {
  it('counts the steps done', () => {
    const steps = [
      { id: 's1', text: 'One', done: true },
      { id: 's2', text: 'Two', done: false },
    ];
    expect(stepsDone({ steps })).toEqual({ done: 1, total: 2 });
  });
});
