import { describe, expect, it } from 'vitest';
import { invitationsFor, othersThan, sessionStateInWords } from './session-words';
import { ALEX, members, SAM, talkSession } from './test-fixtures';

const say = (session: ReturnType<typeof talkSession>, me: string) =>
  sessionStateInWords(session, me, members, 'UTC').replace(/\s/g, ' ');

describe('sessionStateInWords', () => {
  it('says where each conversation stands for me', () => {
    const waiting = talkSession({ phase: 'waiting' });
    expect(say(waiting, ALEX)).toBe('Waiting for Sam to join');
    expect(say(waiting, SAM)).toBe('Alex is waiting for you');
    expect(say(talkSession(), SAM)).toBe('Talking');
    expect(say(talkSession({ phase: 'solving' }), SAM)).toBe('Solving it together');
    const paused = talkSession({
      phase: 'timeout',
      timeout: { by: ALEX, until: '2026-03-02T19:00:00.000Z', resume: 'talking' },
    });
    expect(say(paused, SAM)).toBe('On a break until 7:00 PM');
    expect(say(talkSession({ phase: 'ended' }), ALEX)).toBe('Ended');
  });
});

describe('invitationsFor and othersThan', () => {
  it('puts the sessions I am invited to apart, and everything else in the list', () => {
    const invited = talkSession({ id: 'i', phase: 'waiting', starterId: SAM, partnerId: ALEX });
    const mineWaiting = talkSession({ id: 'm', phase: 'waiting' });
    const talking = talkSession({ id: 't', starterId: SAM, partnerId: ALEX });
    const all = [invited, mineWaiting, talking];
    expect(invitationsFor(all, ALEX).map((s) => s.id)).toEqual(['i']);
    expect(othersThan(all, ALEX).map((s) => s.id)).toEqual(['m', 't']);
  });
});
