import { describe, expect, it } from 'vitest';
import {
  addedBy,
  meetingDay,
  memberName,
  nameOrYou,
  talkTopic,
  underWayLine,
} from './meeting-words';
import { ALEX, SAM, members } from './meeting-test-data';

describe('names', () => {
  it('says you for me, others by name, and someone who left as a former member', () => {
    expect(nameOrYou(members, ALEX, ALEX)).toBe('You');
    expect(nameOrYou(members, ALEX, SAM)).toBe('Sam');
    expect(memberName(members, 'gone')).toBe('Former member');
  });

  it('says who added a topic', () => {
    const viewer = { myId: ALEX, members };
    expect(addedBy(ALEX, viewer)).toBe('Added by you');
    expect(addedBy(SAM, viewer)).toBe('Added by Sam');
  });
});

describe('meetingDay', () => {
  it('names the day on my calendar', () => {
    // 23:30 on Sunday in UTC is already Monday in Berlin.
    expect(meetingDay('2026-11-29T23:30:00.000Z', 'Europe/Berlin', '2026-12-01')).toBe(
      'Mon, Nov 30',
    );
    expect(meetingDay('2025-11-29T18:00:00.000Z', 'Europe/Berlin', '2026-12-01')).toBe(
      'Nov 29, 2025',
    );
  });
});

describe('underWayLine', () => {
  const meeting = { startedBy: SAM, startedAt: '2026-11-29T18:02:00.000Z' };

  it('says who started it, at what time today', () => {
    const sameEvening = new Date('2026-11-29T18:30:00.000Z');
    expect(underWayLine(meeting, members, ALEX, 'Europe/Berlin', sameEvening)).toBe(
      'Sam started the meeting at 7:02 PM. It’s under way.',
    );
    expect(
      underWayLine({ ...meeting, startedBy: ALEX }, members, ALEX, 'Europe/Berlin', sameEvening),
    ).toBe('You started the meeting at 7:02 PM. It’s under way.');
  });

  it('says the day when it was started on another', () => {
    const days = new Date('2026-12-02T10:00:00.000Z');
    expect(underWayLine(meeting, members, ALEX, 'Europe/Berlin', days)).toBe(
      'Sam started the meeting on Sun, Nov 29. It’s under way.',
    );
  });
});

describe('talkTopic', () => {
  it('keeps a topic that fits a live talk, and shortens one that does not', () => {
    expect(talkTopic(' Holiday plans ')).toBe('Holiday plans');
    const long = 'a'.repeat(200);
    expect(talkTopic(long)).toHaveLength(120);
    expect(talkTopic(long).endsWith('…')).toBe(true);
  });
});
