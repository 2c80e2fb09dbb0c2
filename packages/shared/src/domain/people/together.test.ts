import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../local-date';
import { personRhythm } from './rhythm';
import { catchUpSuggestions, togetherInsight, weeksSinceTogether } from './together';

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('weeksSinceTogether', () => {
  it('counts whole weeks since the last time together, ignoring plans still ahead', () => {
    expect(
      weeksSinceTogether(
        { togetherDays: ['2026-05-01', '2026-05-20', '2026-07-01'], startedOn: '2026-01-01' },
        '2026-06-30',
      ),
    ).toEqual({ weeks: 5, lastTogetherOn: '2026-05-20' });
  });

  it('counts from when we began keeping track when it has not happened yet', () => {
    expect(weeksSinceTogether({ togetherDays: [], startedOn: '2026-06-01' }, '2026-06-30')).toEqual(
      { weeks: 4, lastTogetherOn: null },
    );
    expect(weeksSinceTogether({ togetherDays: [], startedOn: null }, '2026-06-30')).toBeNull();
  });

  it('is never negative and drops to zero on a day together', () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 6 }),
        fc.option(day, { nil: null }),
        day,
        (togetherDays, startedOn, today) => {
          const since = weeksSinceTogether({ togetherDays, startedOn }, today);
          if (since) expect(since.weeks).toBeGreaterThanOrEqual(0);
          const met = weeksSinceTogether(
            { togetherDays: [...togetherDays, today], startedOn },
            today,
          );
          expect(met).toEqual({ weeks: 0, lastTogetherOn: today });
        },
      ),
    );
  });
});

describe('togetherInsight', () => {
  it('speaks up from the fourth week on, not before', () => {
    const input = { togetherDays: ['2026-06-01'], startedOn: '2026-01-01' };
    expect(togetherInsight(input, addDays('2026-06-01', 27))).toBeNull();
    expect(togetherInsight(input, addDays('2026-06-01', 28))).toEqual({
      weeks: 4,
      lastTogetherOn: '2026-06-01',
    });
  });
});

describe('catchUpSuggestions', () => {
  const today = '2026-06-30';
  const entry = (id: string, everyDays: number | null, lastContactOn: string | null) => {
    const person = { id, everyDays, addedOn: '2026-01-01' };
    return { person, rhythm: personRhythm({ ...person, lastContactOn }, today) };
  };

  it('puts the most overdue first, then those not seen for longest, at most three', () => {
    const picked = catchUpSuggestions([
      entry('fine', 30, '2026-06-25'),
      entry('late', 14, '2026-06-01'),
      entry('very-late', 7, '2026-06-01'),
      entry('no-wish-long', null, '2026-02-01'),
      entry('no-wish-recent', null, '2026-06-20'),
    ]);
    expect(picked.map((p) => p.id)).toEqual(['very-late', 'late', 'no-wish-long']);
    expect(catchUpSuggestions([])).toEqual([]);
  });
});
