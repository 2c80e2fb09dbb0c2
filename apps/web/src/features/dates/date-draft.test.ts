import { describe, expect, it } from 'vitest';
import {
  newPlanDraft,
  planBody,
  planProblems,
  rescheduleBody,
  rescheduleDraftOf,
  wallClock,
  whenProblems,
  wordsPatch,
} from './date-draft';
import { idea, plannedDate, SAM } from './dates-test-data';

const start = { today: '2026-05-04', timeZone: 'Europe/Berlin', otherIds: [SAM] };
const now = new Date('2026-05-04T10:00:00.000Z');

describe('a new plan', () => {
  it('invites the partner in a couple, no one yet in a household', () => {
    expect(newPlanDraft(start).inviteeIds).toEqual([SAM]);
    expect(newPlanDraft({ ...start, otherIds: [SAM, 'kim'] }).inviteeIds).toEqual([]);
  });

  it('takes an idea’s name and words, and remembers where it came from', () => {
    const draft = newPlanDraft(start, idea());
    expect(draft).toMatchObject({
      title: 'Blanket fort film night',
      note: 'Build a fort and watch a film inside it.',
      idea: { ref: { source: 'bank', key: 'blanket-fort-film' } },
    });
    expect(planBody(draft, 'Europe/Berlin').idea).toEqual({
      source: 'bank',
      key: 'blanket-fort-film',
    });
  });

  it('sends the wall clock, blanks left out, and a zone only when it is not mine', () => {
    const draft = { ...newPlanDraft(start), title: ' Dinner ', place: ' ', day: '2026-05-08' };
    expect(planBody(draft, 'Europe/Berlin')).toEqual({
      title: 'Dinner',
      inviteeIds: [SAM],
      start: '2026-05-08T19:00',
      end: '2026-05-08T21:00',
    });
    expect(planBody({ ...draft, timeZone: 'Asia/Tokyo' }, 'Europe/Berlin').timeZone).toBe(
      'Asia/Tokyo',
    );
  });

  it('ends the next day when the end is before the start', () => {
    expect(wallClock({ day: '2026-05-31', from: '22:00', to: '01:30' })).toEqual({
      start: '2026-05-31T22:00',
      end: '2026-06-01T01:30',
    });
  });

  it('says what to fix: a name, someone to invite, times, and a time still to come', () => {
    const draft = { ...newPlanDraft({ ...start, otherIds: [] }), day: '2026-05-04' };
    expect(Object.keys(planProblems(draft, now)).sort()).toEqual(['inviteeIds', 'title']);
    const named = { ...draft, title: 'Walk', inviteeIds: [SAM] };
    expect(planProblems({ ...named, to: '19:00' }, now)).toEqual({
      to: 'The end needs to be after the start.',
    });
    // 19:00 in Berlin is 17:00Z: past at 18:00Z, still to come at 10:00Z.
    expect(planProblems(named, new Date('2026-05-04T18:00:00.000Z')).from).toMatch(/passed/);
    expect(planProblems({ ...named, day: '' }, now).day).toBe('Choose a day.');
  });
});

describe('another time', () => {
  it('starts from the date’s own clock, and sends a note only when one was written', () => {
    const when = rescheduleDraftOf(plannedDate());
    expect(when).toEqual({ day: '2026-05-08', from: '19:00', to: '21:00' });
    expect(rescheduleBody({ ...when, from: '12:30', to: '14:00' }, '  ')).toEqual({
      start: '2026-05-08T12:30',
      end: '2026-05-08T14:00',
    });
    expect(rescheduleBody(when, ' Lunch instead? ').note).toBe('Lunch instead?');
  });

  it('is checked on the date’s own zone', () => {
    const when = { day: '2026-05-04', from: '19:00', to: '20:00' };
    const at = new Date('2026-05-04T15:00:00.000Z');
    expect(whenProblems(when, 'Europe/Berlin', at)).toEqual({});
    expect(whenProblems(when, 'Asia/Tokyo', at).from).toMatch(/passed/);
  });
});

describe('wordsPatch', () => {
  const before = { title: 'Dinner', place: 'Lupa', note: '' };
  it('sends what changed, an emptied place included; nothing without a name', () => {
    expect(wordsPatch(before, { ...before, place: ' ' })).toEqual({ place: '' });
    expect(wordsPatch(before, { ...before, title: ' Lunch ' })).toEqual({ title: 'Lunch' });
    expect(wordsPatch(before, before)).toEqual({});
    expect(wordsPatch(before, { ...before, title: '' })).toBeUndefined();
  });
});
