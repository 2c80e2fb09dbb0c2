import { describe, expect, it } from 'vitest';
import {
  canProtect,
  draftOfEvent,
  draftProblems,
  draftToBody,
  draftToPatch,
  newEventDraft,
  participantsForKind,
  startAndEnd,
  type EventDraft,
} from './event-draft';
import { noRepeat } from './repeat-rule';
import { ALEX, SAM, calendarEvent } from './test-data';

const both = [ALEX, SAM];
const draft = (changes: Partial<EventDraft> = {}): EventDraft => ({
  ...newEventDraft('2026-05-04', both, ALEX),
  title: 'Dinner',
  ...changes,
});

describe('participantsForKind', () => {
  it('suggests everyone for time together, and just me otherwise', () => {
    expect(participantsForKind('together', both, ALEX)).toEqual(both);
    expect(participantsForKind('solo', both, ALEX)).toEqual([ALEX]);
    expect(participantsForKind('work', both, ALEX)).toEqual([ALEX]);
  });
});

describe('startAndEnd', () => {
  it('gives wall-clock times on the day', () => {
    expect(startAndEnd(draft({ from: '19:00', to: '21:30' }))).toEqual({
      start: '2026-05-04T19:00',
      end: '2026-05-04T21:30',
    });
  });

  it('ends the next day when the end is before the start', () => {
    expect(startAndEnd(draft({ from: '22:00', to: '02:00' }))).toEqual({
      start: '2026-05-04T22:00',
      end: '2026-05-05T02:00',
    });
  });

  it('gives whole days for an all-day event, the last day included', () => {
    expect(startAndEnd(draft({ allDay: true, lastDay: '2026-05-06' }))).toEqual({
      start: '2026-05-04',
      end: '2026-05-06',
    });
  });
});

describe('canProtect', () => {
  it('lets only solo time of my own alone be protected', () => {
    expect(canProtect({ kind: 'solo', participantIds: [ALEX] }, ALEX)).toBe(true);
    expect(canProtect({ kind: 'solo', participantIds: [ALEX, SAM] }, ALEX)).toBe(false);
    expect(canProtect({ kind: 'solo', participantIds: [SAM] }, ALEX)).toBe(false);
    expect(canProtect({ kind: 'social', participantIds: [ALEX] }, ALEX)).toBe(false);
    expect(canProtect({ kind: 'solo', participantIds: [] }, ALEX)).toBe(false);
  });
});

describe('draftProblems', () => {
  it('has none for a complete draft', () => {
    expect(draftProblems(draft())).toEqual({});
  });

  it('names each field to fix', () => {
    const problems = draftProblems(
      draft({ title: '  ', participantIds: [], from: '19:00', to: '19:00' }),
    );
    expect(Object.keys(problems).sort()).toEqual(['participantIds', 'title', 'to']);
    expect(problems.title).toBe('Give it a name.');
  });

  it('asks for a last day not before the first, for all-day events', () => {
    expect(draftProblems(draft({ allDay: true, lastDay: '2026-05-03' })).lastDay).toBeDefined();
    // Times left over from before ticking "All day" do not matter.
    expect(draftProblems(draft({ allDay: true, from: '', to: '' }))).toEqual({});
  });

  it('passes on how the repeat ends', () => {
    const repeat = { ...noRepeat, choice: 'daily' as const, end: 'count' as const, count: '0' };
    expect(draftProblems(draft({ repeat })).count).toBeDefined();
  });
});

describe('draftToBody', () => {
  it('sends what the contract asks, leaving the zone to the server (mine)', () => {
    expect(draftToBody(draft({ description: '  ' }), ALEX)).toEqual({
      title: 'Dinner',
      kind: 'together',
      participantIds: both,
      allDay: false,
      start: '2026-05-04T19:00',
      end: '2026-05-04T20:00',
      rrule: null,
      protected: false,
    });
  });

  it('protects solo time only when it may be', () => {
    const solo = draft({ kind: 'solo', participantIds: [ALEX], protected: true });
    expect(draftToBody(solo, ALEX).protected).toBe(true);
    // Ticked, then someone else was added: the box is gone, and so is the protection.
    expect(draftToBody({ ...solo, participantIds: both }, ALEX).protected).toBe(false);
  });
});

describe('draftToPatch', () => {
  const event = calendarEvent({ rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20260701T000000Z' });
  const initial = draftOfEvent(event);

  it('sends nothing when nothing changed, not even a rule it could only approximate', () => {
    expect(draftToPatch(initial, { ...initial }, ALEX)).toEqual({});
  });

  it('sends only what changed', () => {
    expect(draftToPatch(initial, { ...initial, title: 'Dinner out' }, ALEX)).toEqual({
      title: 'Dinner out',
    });
    expect(draftToPatch(initial, { ...initial, participantIds: [SAM, ALEX] }, ALEX)).toEqual({});
  });

  it('sends start, end and all-day together when any of them changed', () => {
    expect(draftToPatch(initial, { ...initial, to: '22:00' }, ALEX)).toEqual({
      allDay: false,
      start: '2026-05-04T19:00',
      end: '2026-05-04T22:00',
    });
  });

  it('sends the repeat once it changed', () => {
    const patch = draftToPatch(
      initial,
      { ...initial, repeat: { ...initial.repeat, end: 'never' } },
      ALEX,
    );
    expect(patch).toEqual({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' });
  });

  it('can clear the notes', () => {
    const withNotes = draftOfEvent(calendarEvent({ description: 'Booked for two' }));
    expect(draftToPatch(withNotes, { ...withNotes, description: '' }, ALEX)).toEqual({
      description: '',
    });
  });
});

describe('draftOfEvent', () => {
  it('shows an event in its own terms', () => {
    expect(
      draftOfEvent(calendarEvent({ start: '2026-05-06T22:00', end: '2026-05-07T01:00' })),
    ).toMatchObject({ date: '2026-05-06', from: '22:00', to: '01:00', allDay: false });
    expect(
      draftOfEvent(calendarEvent({ allDay: true, start: '2026-05-06', end: '2026-05-08' })),
    ).toMatchObject({ date: '2026-05-06', lastDay: '2026-05-08', allDay: true });
  });
});
