import { describe, expect, it } from 'vitest';
import { splitMeetings, upsertMeeting, withAction } from './meeting-list';
import { buildAction, buildMeeting } from './meeting-test-data';

const ended = buildMeeting({ id: 'old', endedAt: '2026-11-22T19:00:00.000Z' });

describe('upsertMeeting', () => {
  it('puts a new meeting on top and replaces one it already has', () => {
    const started = buildMeeting({ id: 'new' });
    expect(upsertMeeting({ items: [ended] }, started).items).toEqual([started, ended]);
    const moved = buildMeeting({ id: 'new', step: 'topics' });
    expect(upsertMeeting({ items: [started, ended] }, moved).items).toEqual([moved, ended]);
  });
});

describe('withAction', () => {
  it('shows an action ticked off wherever it is listed', () => {
    const open = buildAction({ id: 'a1', meetingId: 'old' });
    const list = {
      items: [
        buildMeeting({ id: 'new', carriedOver: [open] }),
        buildMeeting({ id: 'old', actions: [open, buildAction({ id: 'a2' })] }),
      ],
    };
    const done = { ...open, done: true };
    const after = withAction(list, done);
    expect(after.items[0]?.carriedOver).toEqual([done]);
    expect(after.items[1]?.actions.map((a) => a.done)).toEqual([true, false]);
  });
});

describe('splitMeetings', () => {
  it('tells the meeting under way from the earlier ones', () => {
    const current = buildMeeting({ id: 'new' });
    expect(splitMeetings([current, ended])).toEqual({ current, earlier: [ended] });
    expect(splitMeetings([ended])).toEqual({ current: undefined, earlier: [ended] });
  });
});
