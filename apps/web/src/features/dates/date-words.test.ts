import { describe, expect, it } from 'vitest';
import { answersInWords, plannedByWords, statusWords, suggestionWords } from './date-words';
import { context, plannedDate, SAM } from './dates-test-data';

describe('answersInWords', () => {
  it('says each answer in words, mine first', () => {
    expect(answersInWords(plannedDate(), context).map((a) => a.words)).toEqual([
      'You said yes',
      'Waiting for Sam',
    ]);
    const asked = plannedDate({
      participants: [
        { userId: SAM, answer: 'accepted', answeredAt: null },
        { userId: context.myId, answer: 'invited', answeredAt: null },
      ],
    });
    expect(answersInWords(asked, context).map((a) => a.words)).toEqual([
      'Waiting for your answer',
      'Sam said yes',
    ]);
  });

  it('tells a no plainly, and in the past once the date is over', () => {
    const no = plannedDate({
      participants: [
        { userId: context.myId, answer: 'accepted', answeredAt: null },
        { userId: SAM, answer: 'declined', answeredAt: null },
      ],
    });
    expect(answersInWords(no, context)[1]?.words).toBe('Sam can’t make it');
    expect(answersInWords({ ...no, past: true }, context)[1]?.words).toBe('Sam couldn’t make it');
    expect(answersInWords({ ...plannedDate(), past: true }, context)[1]?.words).toBe(
      'Sam didn’t answer',
    );
  });

  it('names someone who has left as a former member', () => {
    const gone = plannedDate({
      participants: [{ userId: 'gone', answer: 'accepted', answeredAt: null }],
    });
    expect(answersInWords(gone, context)[0]?.words).toBe('Former member said yes');
  });
});

describe('statusWords and plannedByWords', () => {
  it('says where the plan stands', () => {
    expect(statusWords(plannedDate())).toBe('Waiting for answers');
    expect(statusWords(plannedDate({ status: 'accepted' }))).toBe('It’s on');
    expect(statusWords(plannedDate({ status: 'declined' }))).toBe('Fell through');
    expect(statusWords(plannedDate({ status: 'cancelled', past: true }))).toBe('Called off');
    expect(statusWords(plannedDate({ status: 'accepted', past: true }))).toBe('Everyone said yes');
  });

  it('says who planned it', () => {
    expect(plannedByWords(plannedDate(), context)).toBe('You planned it');
    expect(plannedByWords(plannedDate({ plannedBy: SAM }), context)).toBe('Planned by Sam');
  });
});

describe('suggestionWords', () => {
  it('says who offered the present time, with their word if any', () => {
    expect(suggestionWords(plannedDate(), context)).toBeNull();
    expect(suggestionWords(plannedDate({ suggestion: { by: SAM, note: '' } }), context)).toBe(
      'Sam suggested this time',
    );
    const mine = plannedDate({ suggestion: { by: context.myId, note: 'Lunch instead?' } });
    expect(suggestionWords(mine, context)).toBe('You suggested this time: “Lunch instead?”');
  });
});
