import type { Person } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { groupPeople, presentForQuickLog } from './people-groups';

const person = (overrides: Partial<Person> & { id: string }): Person => ({
  name: overrides.id,
  relation: '',
  ownerId: null,
  addedBy: 'alex',
  everyDays: null,
  note: '',
  private: false,
  archived: false,
  addedOn: '2026-01-01',
  lastContact: null,
  lastMetOn: null,
  rhythm: { since: '2026-01-01', daysSince: 0, dueOn: null, overdue: false },
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  capabilities: { canEdit: true, canLog: true },
  ...overrides,
});
const late = (daysSince: number, everyDays: number) => ({
  everyDays,
  rhythm: { since: '2026-01-01', daysSince, dueOn: '2026-01-15', overdue: true },
});

describe('groupPeople', () => {
  it('puts mine and ours that are overdue first, most overdue as a share of the wish', () => {
    const groups = groupPeople(
      [
        person({ id: 'jo', ...late(20, 14) }),
        person({ id: 'gran', ownerId: 'alex', ...late(20, 7) }),
        person({ id: 'kim' }),
        person({ id: 'mum', ownerId: 'alex' }),
        person({ id: 'ben', ownerId: 'sam', ...late(90, 7) }),
        person({ id: 'old', archived: true, ...late(90, 7) }),
      ],
      'alex',
      ['sam'],
    );
    expect(groups.catchUp.map((p) => p.id)).toEqual(['gran', 'jo']);
    expect(groups.ours.map((p) => p.id)).toEqual(['kim']);
    expect(groups.mine.map((p) => p.id)).toEqual(['mum']);
    // A partner's own friend is theirs to keep up with: listed, not flagged.
    expect(groups.theirs).toEqual([
      { memberId: 'sam', people: [expect.objectContaining({ id: 'ben' })] },
    ]);
    expect(groups.archived.map((p) => p.id)).toEqual(['old']);
  });

  it('never lists another’s private person, even if one arrived', () => {
    const groups = groupPeople([person({ id: 'x', ownerId: 'sam', private: true })], 'alex', [
      'sam',
    ]);
    expect(groups.theirs[0]?.people).toEqual([]);
  });
});

describe('presentForQuickLog', () => {
  it('logs all of us for ours, and just me otherwise', () => {
    expect(presentForQuickLog({ ownerId: null, private: false }, 'alex', ['alex', 'sam'])).toEqual([
      'alex',
      'sam',
    ]);
    expect(
      presentForQuickLog({ ownerId: 'alex', private: false }, 'alex', ['alex', 'sam']),
    ).toEqual(['alex']);
  });
});
