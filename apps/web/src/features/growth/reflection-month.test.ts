import { describe, expect, it } from 'vitest';
import type { Reflection } from './growth-api';
import { monthLabel, myReflection, reflectionBody, sharedByOthers } from './reflection-month';

const reflection = (overrides: Partial<Reflection>): Reflection => ({
  userId: 'alex',
  month: '2026-03',
  text: 'A long walk',
  shared: false,
  updatedAt: '2026-03-20T10:00:00.000Z',
  ...overrides,
});

describe('monthLabel', () => {
  it('says the month in words, whatever the zone', () => {
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
    expect(monthLabel('2026-12', 'en')).toBe('December 2026');
  });

  it('leaves something that is not a month as it is', () => {
    expect(monthLabel('soon', 'en')).toBe('soon');
  });
});

describe('reflections', () => {
  const items = [
    reflection({}),
    reflection({ month: '2026-02' }),
    reflection({ userId: 'sam', month: '2026-02', shared: true }),
    reflection({ userId: 'sam', shared: true }),
    reflection({ userId: 'kim', shared: false }),
  ];

  it('finds mine for the month asked about', () => {
    expect(myReflection(items, 'alex', '2026-03')?.month).toBe('2026-03');
    expect(myReflection(items, 'alex', '2026-04')).toBeUndefined();
  });

  it('shows only what the others shared, newest month first', () => {
    expect(sharedByOthers(items, 'alex').map((r) => `${r.userId} ${r.month}`)).toEqual([
      'sam 2026-03',
      'sam 2026-02',
    ]);
  });

  it('sends the words trimmed, or nothing when there are none', () => {
    expect(reflectionBody('  Slept in  ', true)).toEqual({ text: 'Slept in', shared: true });
    expect(reflectionBody('   ', false)).toBeUndefined();
  });
});
