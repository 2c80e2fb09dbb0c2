import { describe, expect, it } from 'vitest';
import { answerTiles } from './answer-tiles';
import { buildAnswer, buildRound, sealedAnswer } from './prompt-test-data';

const members = ['alex', 'me', 'sam'];

describe('answerTiles', () => {
  it('puts me first, then the others in member order, then those still to answer', () => {
    const round = buildRound({
      answers: [sealedAnswer('sam'), buildAnswer('me')],
      waitingFor: ['alex'],
    });
    expect(answerTiles(round, 'me', members)).toEqual([
      { userId: 'me', kind: 'text', text: 'me says hello' },
      { userId: 'sam', kind: 'sealed' },
      { userId: 'alex', kind: 'waiting' },
    ]);
  });

  it('shows every answer once all are in, someone who has left last', () => {
    const round = buildRound({
      answers: [buildAnswer('gone'), buildAnswer('sam'), buildAnswer('alex'), buildAnswer('me')],
      waitingFor: [],
    });
    expect(answerTiles(round, 'me', members).map((tile) => tile.userId)).toEqual([
      'me',
      'alex',
      'sam',
      'gone',
    ]);
  });

  it('leaves my place out while I have not answered: the form stands there', () => {
    const round = buildRound({ answers: [], waitingFor: ['me', 'sam'] });
    expect(answerTiles(round, 'me', members)).toEqual([{ userId: 'sam', kind: 'waiting' }]);
  });

  it('treats a full answer without text as sealed rather than showing nothing', () => {
    const round = buildRound({ answers: [buildAnswer('sam', { text: null })], waitingFor: ['me'] });
    expect(answerTiles(round, 'me', members)).toEqual([{ userId: 'sam', kind: 'sealed' }]);
  });
});
