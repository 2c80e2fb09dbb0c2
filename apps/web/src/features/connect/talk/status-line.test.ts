import { describe, expect, it } from 'vitest';
import { solveNote, statusLine } from './status-line';
import { ALEX, members, SAM, talkSession } from './test-fixtures';

const say = (session: ReturnType<typeof talkSession>, me: string) =>
  statusLine(session, me, members, 'UTC').replace(/\s/g, ' ');

describe('statusLine', () => {
  it('tells the speaker and the listener what is theirs to do at each step', () => {
    const speaking = talkSession({ step: 'speaking' });
    expect(say(speaking, ALEX)).toBe('You have the floor: say one thing at a time.');
    expect(say(speaking, SAM)).toBe('Alex has the floor: listen, then say back what you heard.');

    const paraphrasing = talkSession({ step: 'paraphrasing' });
    expect(say(paraphrasing, ALEX)).toBe('Sam is saying back what they heard…');
    expect(say(paraphrasing, SAM)).toBe(
      'Alex has the floor: listen, then say back what you heard.',
    );

    const confirming = talkSession({ step: 'confirming' });
    expect(say(confirming, ALEX)).toBe('Check Sam’s paraphrase: is that it?');
    expect(say(confirming, SAM)).toBe('Alex is checking your paraphrase…');
  });

  it('follows the floor when it passes', () => {
    const passed = talkSession({ floor: SAM });
    expect(say(passed, SAM)).toBe('You have the floor: say one thing at a time.');
    expect(say(passed, ALEX)).toBe('Sam has the floor: listen, then say back what you heard.');
  });

  it('tells the starter they wait, and the partner they are invited', () => {
    const waiting = talkSession({ phase: 'waiting' });
    expect(say(waiting, ALEX)).toBe(
      'Waiting for Sam to join. They’ll find your invitation under Talk.',
    );
    expect(say(waiting, SAM)).toBe('Alex would like to talk about this. Join when you’re ready.');
  });

  it('says when a break ends, and when it is over or solving', () => {
    const paused = talkSession({
      phase: 'timeout',
      timeout: { by: SAM, until: '2026-03-02T19:40:00.000Z', resume: 'talking' },
    });
    expect(say(paused, ALEX)).toBe('Take a breather. Back at 7:40 PM.');
    expect(say(talkSession({ phase: 'ended' }), SAM)).toBe('This conversation has ended.');
    expect(say(talkSession({ phase: 'solving' }), SAM)).toContain('look for a solution together');
  });

  it('names someone who has left as a former member', () => {
    const left = talkSession({
      partnerId: '00000000-0000-4000-8000-0000000000ff',
      step: 'confirming',
    });
    expect(say(left, ALEX)).toBe('Check a former member’s paraphrase: is that it?');
  });
});

describe('solveNote', () => {
  it('tells each when only one of the two is ready to solve it', () => {
    const asked = talkSession({ wantsToSolve: [SAM] });
    expect(solveNote(asked, ALEX, members)).toBe(
      'Sam is ready to solve it together, whenever you are.',
    );
    expect(solveNote(asked, SAM, members)).toBe(
      'You’re ready to solve it together. Alex can say so too once they feel heard.',
    );
  });

  it('says nothing when neither has asked, or once they are solving', () => {
    expect(solveNote(talkSession(), ALEX, members)).toBeUndefined();
    const solving = talkSession({ phase: 'solving', wantsToSolve: [ALEX, SAM] });
    expect(solveNote(solving, ALEX, members)).toBeUndefined();
  });
});
