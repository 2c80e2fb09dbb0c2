import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOverTime } from './load-over-time';

const week = { start: '2026-11-02T00:00:00.000Z', end: '2026-11-09T00:00:00.000Z' };
const members = [
  { id: 'alex', availableMinutesPerWeek: 600 },
  { id: 'sam', availableMinutesPerWeek: 900 },
];
const laundry = {
  id: 'laundry',
  minutes: { notice: 5, plan: 5, do: 50 },
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
  ownerId: 'alex',
};
const bills = {
  id: 'bills',
  minutes: { notice: 10, plan: 10, do: 10 },
  rrule: 'FREQ=WEEKLY',
  ownerId: 'sam',
};

describe('loadOverTime', () => {
  it('sets planned against done and the fair share for each member and week', () => {
    const [period] = loadOverTime({
      members,
      responsibilities: [laundry, bills],
      completions: [
        {
          choreId: 'laundry',
          kind: 'done',
          doneBy: 'alex',
          doneAt: '2026-11-02T18:00:00.000Z',
          actualMinutes: 75,
        },
        {
          choreId: 'laundry',
          kind: 'done',
          doneBy: 'sam',
          doneAt: '2026-11-05T18:00:00.000Z',
          actualMinutes: null,
        },
        {
          choreId: 'bills',
          kind: 'skipped',
          doneBy: 'sam',
          doneAt: '2026-11-06T18:00:00.000Z',
          actualMinutes: null,
        },
        {
          choreId: 'bills',
          kind: 'done',
          doneBy: 'sam',
          doneAt: '2026-11-09T00:00:00.000Z',
          actualMinutes: 30,
        },
      ],
      periods: [week],
    });
    expect(period!.members).toEqual([
      // Alex noticed and planned both laundries (2 × 10) and did one (75 minutes, as logged);
      // Sam did the other by the plan's 50 minutes.
      { id: 'alex', plannedMinutes: 120, doneMinutes: 95, fairShareMinutes: 60 },
      { id: 'sam', plannedMinutes: 30, doneMinutes: 50, fairShareMinutes: 90 },
    ]);
  });

  it('counts split-off stages for whoever holds them, planned and done', () => {
    const [period] = loadOverTime({
      members,
      responsibilities: [{ ...laundry, stageOwners: { notice: 'sam', plan: 'sam' } }],
      completions: [
        {
          choreId: 'laundry',
          kind: 'done',
          doneBy: 'alex',
          doneAt: '2026-11-02T18:00:00.000Z',
          actualMinutes: null,
        },
      ],
      periods: [week],
    });
    expect(period!.members.map((m) => [m.plannedMinutes, m.doneMinutes])).toEqual([
      [100, 50],
      [20, 10],
    ]);
  });

  it('always splits everything planned into fair shares that add up to it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 300 }), owner: fc.nat() }), {
          maxLength: 10,
        }),
        (hours, chores) => {
          const people = hours.map((h, i) => ({ id: `p${i}`, availableMinutesPerWeek: h }));
          const [period] = loadOverTime({
            members: people,
            responsibilities: chores.map((c, k) => ({
              id: `c${k}`,
              minutes: { notice: 0, plan: 0, do: c.minutes },
              rrule: 'FREQ=WEEKLY',
              ownerId: people[c.owner % people.length]!.id,
            })),
            completions: [],
            periods: [week],
          });
          const planned = period!.members.reduce((s, m) => s + m.plannedMinutes, 0);
          const fair = period!.members.reduce((s, m) => s + m.fairShareMinutes, 0);
          expect(fair).toBeCloseTo(planned, 6);
        },
      ),
    );
  });
});
