import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stageHolders } from './stages';

describe('stageHolders', () => {
  it('leaves the whole cycle with the owner unless a stage is split off', () => {
    const minutes = { notice: 5, plan: 10, do: 30 };
    expect(stageHolders(minutes, 'ana', undefined)).toEqual([{ holder: 'ana', minutes }]);
    expect(stageHolders(minutes, 'ana', { notice: null, plan: 'ben' })).toEqual([
      { holder: 'ana', minutes: { notice: 5, plan: 0, do: 30 } },
      { holder: 'ben', minutes: { notice: 0, plan: 10, do: 0 } },
    ]);
  });

  it('hands out every minute exactly once', () => {
    const person = fc.constantFrom('ana', 'ben', 'cy');
    fc.assert(
      fc.property(
        fc.record({ notice: fc.nat(600), plan: fc.nat(600), do: fc.nat(600) }),
        person,
        fc.option(person),
        fc.option(person),
        (minutes, owner, notice, plan) => {
          const held = stageHolders(minutes, owner, { notice, plan });
          const sum = (stage: 'notice' | 'plan' | 'do') =>
            held.reduce((s, h) => s + h.minutes[stage], 0);
          expect([sum('notice'), sum('plan'), sum('do')]).toEqual([
            minutes.notice,
            minutes.plan,
            minutes.do,
          ]);
          expect(new Set(held.map((h) => h.holder)).size).toBe(held.length);
        },
      ),
    );
  });
});
