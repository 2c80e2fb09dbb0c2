import { describe, expect, it } from 'vitest';
import type { InboxItem } from './inbox-api';
import {
  notificationPath,
  notificationText,
  senderOf,
  type SenderClues,
} from './notification-words';

const item = (overrides: Partial<InboxItem> = {}): InboxItem => ({
  id: 'n1',
  type: 'appreciation',
  refId: 'a1',
  silent: false,
  read: false,
  createdAt: '2026-03-02T18:00:00.000Z',
  ...overrides,
});

const alex = { userId: 'alex', displayName: 'Alex', isMe: true };
const sam = { userId: 'sam', displayName: 'Sam', isMe: false };
const kim = { userId: 'kim', displayName: 'Kim', isMe: false };
const couple: SenderClues = { members: [alex, sam], received: [], sessions: [] };

describe('senderOf', () => {
  it('finds who sent a note or asked to talk through what it is about', () => {
    const household: SenderClues = {
      members: [alex, sam, kim],
      received: [{ id: 'a1', fromId: 'kim' }],
      sessions: [{ id: 's1', starterId: 'sam' }],
    };
    expect(senderOf(item(), household)).toBe('Kim');
    expect(senderOf(item({ type: 'session', refId: 's1' }), household)).toBe('Sam');
    expect(senderOf(item({ refId: 'unknown' }), household)).toBeUndefined();
  });

  it('in a couple, it is the other one, even before the note is loaded', () => {
    expect(senderOf(item(), couple)).toBe('Sam');
    expect(senderOf(item({ type: 'session' }), couple)).toBe('Sam');
  });

  it('in a couple, the one who reached out to make up is the other one', () => {
    expect(senderOf(item({ type: 'repair', refId: 'r1' }), couple)).toBe('Sam');
    const household: SenderClues = { ...couple, members: [alex, sam, kim] };
    expect(senderOf(item({ type: 'repair', refId: 'r1' }), household)).toBeUndefined();
  });

  it('in a couple, the one who encouraged a goal is the other one', () => {
    expect(senderOf(item({ type: 'growth', refId: 'g1' }), couple)).toBe('Sam');
    const household: SenderClues = { ...couple, members: [alex, sam, kim] };
    expect(senderOf(item({ type: 'growth', refId: 'g1' }), household)).toBeUndefined();
  });

  it('names no one for the meeting, prompts, decisions and topics, nor someone who has left', () => {
    expect(senderOf(item({ type: 'meeting' }), couple)).toBeUndefined();
    expect(senderOf(item({ type: 'prompt' }), couple)).toBeUndefined();
    expect(senderOf(item({ type: 'decision' }), couple)).toBeUndefined();
    expect(senderOf(item({ type: 'conflict' }), couple)).toBeUndefined();
    expect(senderOf(item({ type: 'people' }), couple)).toBeUndefined();
    const left: SenderClues = { ...couple, received: [{ id: 'a1', fromId: 'gone' }] };
    expect(senderOf(item(), left)).toBeUndefined();
  });
});

describe('notificationText', () => {
  it('says each kind in words', () => {
    expect(notificationText(item(), 'Sam')).toBe('Sam sent you an appreciation');
    expect(notificationText(item({ type: 'session' }), 'Sam')).toBe('Sam would like to talk');
    expect(notificationText(item({ type: 'meeting' }))).toBe(
      'Your weekly meeting is about to start',
    );
    expect(notificationText(item({ type: 'prompt' }))).toBe('A prompt is waiting for your answer');
    expect(notificationText(item({ type: 'decision' }))).toBe('A decision is waiting for you');
    expect(notificationText(item({ type: 'conflict' }))).toBe('A topic you’re part of needs you');
    expect(notificationText(item({ type: 'repair' }), 'Sam')).toBe('Sam reached out to make up');
    expect(notificationText(item({ type: 'growth' }), 'Sam')).toBe('Sam sent you encouragement');
    expect(notificationText(item({ type: 'people' }))).toBe(
      'It’s been a while since you were in touch with someone who matters',
    );
  });

  it('still reads well without a name', () => {
    expect(notificationText(item())).toBe('You received an appreciation');
    expect(notificationText(item({ type: 'session' }))).toBe('Someone would like to talk');
    expect(notificationText(item({ type: 'repair' }))).toBe('Someone reached out to make up');
    expect(notificationText(item({ type: 'growth' }))).toBe('Someone sent you encouragement');
  });
});

describe('notificationPath', () => {
  it('leads to where each one is about', () => {
    expect(notificationPath('sp', item())).toBe('/s/sp/connect/appreciate');
    expect(notificationPath('sp', item({ type: 'session', refId: 's1' }))).toBe(
      '/s/sp/connect/talk/s1',
    );
    expect(notificationPath('sp', item({ type: 'prompt', refId: 'r1' }))).toBe(
      '/s/sp/connect/prompts',
    );
    expect(notificationPath('sp', item({ type: 'meeting', refId: 'sp' }))).toBe(
      '/s/sp/connect/meeting',
    );
    expect(notificationPath('sp', item({ type: 'decision', refId: 'd1' }))).toBe('/s/sp/decide/d1');
    expect(notificationPath('sp', item({ type: 'conflict', refId: 't1' }))).toBe(
      '/s/sp/resolve/t1',
    );
    expect(notificationPath('sp', item({ type: 'repair', refId: 'r1' }))).toBe('/s/sp/resolve');
    expect(notificationPath('sp', item({ type: 'growth', refId: 'g1' }))).toBe('/s/sp/growth');
    expect(notificationPath('sp', item({ type: 'people', refId: 'p1' }))).toBe('/s/sp/people');
  });
});

describe('a date’s news', () => {
  it('comes from the other one in a couple, and leads to the date’s page', () => {
    const date = item({ type: 'date', refId: 'd1' });
    expect(senderOf(date, couple)).toBe('Sam');
    expect(senderOf(date, { ...couple, members: [alex, sam, kim] })).toBeUndefined();
    expect(notificationText(date, 'Sam')).toBe('News about a date with Sam');
    expect(notificationText(date)).toBe('News about a date');
    expect(notificationPath('sp', date)).toBe('/s/sp/dates/d1');
  });
});
