import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../local-date';
import { firstOverdueDay, latestDay, overduePeople, personRhythm } from './rhythm';

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const wish = fc.option(fc.integer({ min: 1, max: 730 }), { nil: null });

describe('personRhythm', () => {
  it('counts from the last contact, or from the day they were added', () => {
    expect(
      personRhythm({ addedOn: '2026-01-01', everyDays: 14, lastContactOn: null }, '2026-01-20'),
    ).toEqual({ since: '2026-01-01', daysSince: 19, dueOn: '2026-01-15', overdue: true });
    expect(
      personRhythm(
        { addedOn: '2026-01-01', everyDays: 14, lastContactOn: '2026-01-10' },
        '2026-01-20',
      ),
    ).toEqual({ since: '2026-01-10', daysSince: 10, dueOn: '2026-01-24', overdue: false });
  });

  it('is not overdue on the day the wish is met exactly, only the day after', () => {
    const person = { addedOn: '2026-03-01', everyDays: 7, lastContactOn: null };
    expect(personRhythm(person, '2026-03-08').overdue).toBe(false);
    expect(personRhythm(person, '2026-03-09').overdue).toBe(true);
  });

  it('is overdue exactly from firstOverdueDay on, and never without a wish', () => {
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: null }),
        wish,
        fc.integer({ min: -30, max: 1500 }),
        (addedOn, lastContactOn, everyDays, offset) => {
          const since = lastContactOn ?? addedOn;
          const today = addDays(since, offset);
          const now = personRhythm({ addedOn, everyDays, lastContactOn }, today);
          expect(now.since).toBe(since);
          expect(now.daysSince).toBe(Math.max(0, offset));
          if (everyDays === null) {
            expect(now.overdue).toBe(false);
            expect(now.dueOn).toBeNull();
          } else {
            expect(now.overdue).toBe(today >= firstOverdueDay(since, everyDays));
            expect(daysBetween(since, now.dueOn!)).toBe(everyDays);
          }
        },
      ),
    );
  });

  it('a new contact never makes someone more overdue', () => {
    fc.assert(
      fc.property(
        day,
        wish,
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        (addedOn, everyDays, met, later) => {
          const today = addDays(addedOn, met + later);
          const before = personRhythm({ addedOn, everyDays, lastContactOn: null }, today);
          const after = personRhythm(
            { addedOn, everyDays, lastContactOn: addDays(addedOn, met) },
            today,
          );
          expect(after.daysSince).toBeLessThanOrEqual(before.daysSince);
          if (before.overdue === false) expect(after.overdue).toBe(false);
        },
      ),
    );
  });
});

describe('latestDay', () => {
  it('is the greatest day, or null for none', () => {
    expect(latestDay([])).toBeNull();
    expect(latestDay(['2026-01-02', '2025-12-31', '2026-01-01'])).toBe('2026-01-02');
  });
});

describe('overduePeople', () => {
  const today = '2026-06-30';
  const people = [
    { id: 'jo', addedOn: '2026-01-01', everyDays: 14 },
    { id: 'gran', addedOn: '2026-01-01', everyDays: 7 },
    { id: 'boss', addedOn: '2026-01-01', everyDays: null },
    { id: 'kim', addedOn: '2026-01-01', everyDays: 30 },
  ];

  it('lists those longer than wished, most overdue (as a share of the wish) first', () => {
    const contacts = [
      { personId: 'jo', date: '2026-06-01' }, // 29 days on 14: 1.07 over
      { personId: 'gran', date: '2026-06-10' }, // 20 days on 7: 1.86 over
      { personId: 'gran', date: '2026-05-01' },
      { personId: 'kim', date: '2026-06-20' }, // 10 days on 30: fine
    ];
    expect(overduePeople(people, contacts, today).map(({ person }) => person.id)).toEqual([
      'gran',
      'jo',
    ]);
  });

  it('agrees with personRhythm for everyone, in any order of contacts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            personId: fc.constantFrom('jo', 'gran', 'boss', 'kim'),
            date: day.filter((d) => d >= '2026-01-01' && d <= today),
          }),
          { maxLength: 12 },
        ),
        (contacts) => {
          const listed = overduePeople(people, contacts, today);
          const shuffled = overduePeople(people, [...contacts].reverse(), today);
          expect(shuffled).toEqual(listed);
          for (const person of people) {
            const last = latestDay(
              contacts.filter((c) => c.personId === person.id).map((c) => c.date),
            );
            const rhythm = personRhythm({ ...person, lastContactOn: last }, today);
            expect(listed.some((entry) => entry.person.id === person.id)).toBe(rhythm.overdue);
          }
        },
      ),
    );
  });
});
