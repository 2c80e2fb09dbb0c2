import { describe, expect, it } from 'vitest';
import { groupDates, myAnswer, waitsForMe } from './date-groups';
import { ALEX, plannedDate, SAM } from './dates-test-data';

const asSam = (id: string, start: string) => plannedDate({ id, startAt: start, plannedBy: SAM });
const samAsks = (id: string, start: string) => ({
  ...asSam(id, start),
  participants: [
    { userId: SAM, answer: 'accepted' as const, answeredAt: null },
    { userId: ALEX, answer: 'invited' as const, answeredAt: null },
  ],
});

describe('groupDates', () => {
  it('puts what waits for my answer first, then what is ahead, then the past, soonest or latest first', () => {
    const dates = [
      plannedDate({ id: 'later', startAt: '2026-05-20T17:00:00.000Z' }),
      samAsks('ask-late', '2026-06-01T17:00:00.000Z'),
      plannedDate({ id: 'sooner', startAt: '2026-05-10T17:00:00.000Z', status: 'accepted' }),
      samAsks('ask-soon', '2026-05-09T17:00:00.000Z'),
      plannedDate({ id: 'old', startAt: '2026-03-01T17:00:00.000Z', past: true }),
      plannedDate({ id: 'older', startAt: '2026-02-01T17:00:00.000Z', past: true }),
      plannedDate({ id: 'recent', startAt: '2026-04-01T17:00:00.000Z', past: true }),
    ];
    const groups = groupDates(dates, ALEX);
    expect(groups.invitations.map((d) => d.id)).toEqual(['ask-soon', 'ask-late']);
    expect(groups.comingUp.map((d) => d.id)).toEqual(['sooner', 'later']);
    expect(groups.past.map((d) => d.id)).toEqual(['recent', 'old', 'older']);
    expect(groups.quiet).toEqual([]);
  });

  it('lists dates called off or fallen through quietly, wherever they were', () => {
    const dates = [
      plannedDate({ id: 'off', status: 'cancelled' }),
      { ...samAsks('no', '2026-05-09T17:00:00.000Z'), status: 'declined' as const },
      plannedDate({ id: 'past-off', status: 'cancelled', past: true, startAt: '2026-01-01' }),
    ];
    const groups = groupDates(dates, ALEX);
    expect(groups.quiet.map((d) => d.id)).toEqual(['no', 'off', 'past-off']);
    expect(groups.invitations).toEqual([]);
  });

  it('does not ask for an answer the server would refuse (a date that is over)', () => {
    const over = { ...samAsks('over', '2026-05-01T17:00:00.000Z'), past: true };
    over.capabilities = { ...over.capabilities, canAnswer: false };
    expect(waitsForMe(over, ALEX)).toBe(false);
    expect(groupDates([over], ALEX).past.map((d) => d.id)).toEqual(['over']);
  });
});

describe('myAnswer', () => {
  it('finds my answer, and none when I am not in it', () => {
    expect(myAnswer(plannedDate(), ALEX)).toBe('accepted');
    expect(myAnswer(plannedDate(), SAM)).toBe('invited');
    expect(myAnswer(plannedDate(), 'kim')).toBeUndefined();
  });
});
