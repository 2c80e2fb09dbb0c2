import { describe, expect, it } from 'vitest';
import { buildAnswer, buildRound, sealedAnswer } from './prompt-test-data';
import { answerHint, monthInWords, roundStage, roundStatus } from './round-words';

const names: Record<string, string> = { me: 'Alex', sam: 'Sam', kim: 'Kim' };
const nameOf = (userId: string) => names[userId] ?? 'Former member';

describe('roundStatus, for a couple', () => {
  it('says neither has answered yet', () => {
    expect(roundStatus(buildRound(), 'me', nameOf)).toBe('Sam hasn’t answered yet either.');
  });

  it('says Sam has answered and that I see it once I answer', () => {
    const round = buildRound({ answers: [sealedAnswer('sam')], waitingFor: ['me'] });
    expect(roundStatus(round, 'me', nameOf)).toBe(
      'Sam has answered — you will see it once you answer.',
    );
  });

  it('says we are waiting for Sam once I have answered', () => {
    const round = buildRound({ answers: [buildAnswer('me')], waitingFor: ['sam'] });
    expect(roundStatus(round, 'me', nameOf)).toBe('Waiting for Sam’s answer.');
  });

  it('says both have answered, and that the answers stay as they are', () => {
    const round = buildRound({
      answers: [buildAnswer('me'), buildAnswer('sam')],
      waitingFor: [],
      capabilities: { canAnswer: false },
    });
    expect(roundStage(round, 'me')).toEqual({ kind: 'revealed', answerCount: 2 });
    expect(roundStatus(round, 'me', nameOf)).toMatch(/^You have both answered\..*stay as they are/);
  });
});

describe('roundStatus, for a household', () => {
  it('names who has answered and who we are still waiting for', () => {
    const round = buildRound({
      answers: [sealedAnswer('sam')],
      waitingFor: ['me', 'kim'],
    });
    expect(roundStatus(round, 'me', nameOf)).toBe(
      'Sam has answered — you will see it once you answer. Waiting for Kim’s answer.',
    );
  });

  it('uses the plural for several people', () => {
    const answered = buildRound({
      answers: [buildAnswer('me'), sealedAnswer('sam'), sealedAnswer('kim')],
      waitingFor: ['gone'],
    });
    expect(roundStatus(answered, 'me', nameOf)).toBe(
      'Sam and Kim have answered too. Waiting for Former member’s answer.',
    );
    const waiting = buildRound({ answers: [buildAnswer('me')], waitingFor: ['sam', 'kim'] });
    expect(roundStatus(waiting, 'me', nameOf)).toBe('Waiting for answers from Sam and Kim.');
  });

  it('counts a round as revealed to me when my answer can no longer change', () => {
    // Someone joined after we had all answered: they still owe an answer, ours are out.
    const round = buildRound({
      answers: [buildAnswer('me'), buildAnswer('sam'), buildAnswer('kim')],
      waitingFor: ['newcomer'],
      capabilities: { canAnswer: false },
    });
    expect(roundStatus(round, 'me', nameOf)).toMatch(/^Everyone has answered\./);
  });

  it('says so when there is nobody to answer with yet', () => {
    const round = buildRound({ answers: [buildAnswer('me')], waitingFor: [] });
    expect(roundStatus(round, 'me', nameOf)).toMatch(/^It’s just you here so far\./);
  });
});

describe('answerHint', () => {
  it('says until when my answer can change', () => {
    expect(answerHint(buildRound(), 'me', nameOf)).toBe('You can change it until Sam answers.');
    const two = buildRound({ waitingFor: ['me', 'sam', 'kim'] });
    expect(answerHint(two, 'me', nameOf)).toBe(
      'You can change it until Sam and Kim have answered.',
    );
  });

  it('warns the last to answer that saving shows the answers for good', () => {
    const round = buildRound({ answers: [sealedAnswer('sam')], waitingFor: ['me'] });
    expect(answerHint(round, 'me', nameOf)).toMatch(/^You are the last to answer/);
  });
});

describe('monthInWords', () => {
  it('names the month and year', () => {
    expect(monthInWords('2025-03')).toBe('March 2025');
  });
});
