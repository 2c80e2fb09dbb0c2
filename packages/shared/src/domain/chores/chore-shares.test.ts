import { describe, expect, it } from 'vitest';
import { describeChoreShares, proposeChoreShares, type ShareResponsibility } from './chore-shares';

const members = [
  { id: 'alex', availableMinutesPerWeek: 600 },
  { id: 'sam', availableMinutesPerWeek: 900 },
];
const chore = (
  id: string,
  ratings: ShareResponsibility['ratings'],
  pinnedTo: string | null = null,
): ShareResponsibility => ({
  id,
  minutes: { notice: 5, plan: 5, do: 50 },
  rrule: 'FREQ=WEEKLY',
  pinnedTo,
  ratings,
});

describe('proposeChoreShares', () => {
  it('keeps pins, sends a "cannot" to the other, and shares out the rest fairly', () => {
    const shares = proposeChoreShares(members, [
      chore('car', {}, 'sam'),
      chore('bins', { alex: 'cant' }),
      chore('laundry', { alex: 'love', sam: 'dislike' }),
      chore('bills', { alex: 'dislike', sam: 'love' }),
    ]);
    expect(shares.assignment).toMatchObject({
      car: 'sam',
      bins: 'sam',
      laundry: 'alex',
      bills: 'sam',
    });
    expect(shares.reasons).toEqual({
      car: 'pinned',
      bins: 'cant',
      laundry: 'allocated',
      bills: 'allocated',
    });
    expect(shares.fair).toBe(true);
  });

  it('reports rating-free minutes a week against each fair share from availability', () => {
    const shares = proposeChoreShares(members, [
      chore('a', {}),
      chore('b', {}),
      chore('c', {}),
      chore('d', {}),
      chore('e', {}),
    ]);
    const total = 5 * 60;
    expect(shares.loads.alex!.fairShareMinutesPerWeek).toBeCloseTo((total * 600) / 1500);
    expect(shares.loads.sam!.fairShareMinutesPerWeek).toBeCloseTo((total * 900) / 1500);
    expect(shares.loads.alex!.minutesPerWeek + shares.loads.sam!.minutesPerWeek).toBeCloseTo(total);
  });

  it('shows a hand-made assignment that breaks fairness as unfair', () => {
    const list = [chore('a', {}), chore('b', {}), chore('c', {}), chore('d', {})];
    expect(
      describeChoreShares(members, list, { a: 'alex', b: 'alex', c: 'alex', d: 'alex' }).fair,
    ).toBe(false);
    expect(
      describeChoreShares(members, list, { a: 'alex', b: 'sam', c: 'sam', d: 'alex' }).fair,
    ).toBe(true);
  });

  it('counts a split-off stage for its holder, in the minutes and in the fairness check', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => ({
      ...chore(id, {}),
      minutes: { notice: 20, plan: 20, do: 20 },
    }));
    const owners = { a: 'alex', b: 'alex', c: 'alex', d: 'sam' };
    expect(describeChoreShares(members, list, owners).fair).toBe(false);
    // Sam takes the noticing and planning of two of Alex's.
    const split = list.map((c) =>
      c.id === 'a' || c.id === 'b' ? { ...c, stageOwners: { notice: 'sam', plan: 'sam' } } : c,
    );
    const shares = describeChoreShares(members, split, owners);
    expect(shares.loads.alex!.minutesPerWeek).toBe(100);
    expect(shares.loads.sam!.minutesPerWeek).toBe(140);
    expect(shares.fair).toBe(true);
  });
});
