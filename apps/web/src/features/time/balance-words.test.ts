import { describe, expect, it } from 'vitest';
import { balanceRows, balanceSentences } from './balance-words';
import { ALEX, SAM, weekMember } from './test-data';

const alex = { name: 'Alex', isMe: false };
const me = { name: 'Alex', isMe: true };
const h = (hours: number) => hours * 60;

describe('balanceRows', () => {
  it('lists every kind in order, a kind without a wish as null', () => {
    const rows = balanceRows(weekMember(ALEX, { together: h(2) }, { together: h(10), work: 0 }));
    expect(rows).toEqual([
      { kind: 'together', actual: h(2), wished: h(10) },
      { kind: 'solo', actual: 0, wished: null },
      { kind: 'social', actual: 0, wished: null },
      { kind: 'family', actual: 0, wished: null },
      { kind: 'work', actual: 0, wished: 0 },
    ]);
  });
});

describe('balanceSentences', () => {
  it('names the gap as what was had of what was wished, for a partner', () => {
    const member = weekMember(ALEX, { together: h(2) }, { together: h(10) });
    expect(balanceSentences(member, alex, 'this')).toEqual([
      'Alex had 2 h together of the 10 h they wished for this week.',
    ]);
  });

  it('says the same to me in the second person', () => {
    const member = weekMember(ALEX, { together: h(2) }, { together: h(10) });
    expect(balanceSentences(member, me, 'this')).toEqual([
      'You had 2 h together of the 10 h you wished for this week.',
    ]);
  });

  it('says a wish met', () => {
    const member = weekMember(SAM, { solo: h(7) }, { solo: h(6) });
    expect(balanceSentences(member, { name: 'Sam', isMe: false }, 'this')).toEqual([
      'Sam had all the solo time they wished for.',
    ]);
  });

  it('names the two biggest gaps, the biggest first', () => {
    const member = weekMember(
      ALEX,
      { together: h(8), solo: h(1), social: 0 },
      { together: h(10), solo: h(6), social: h(4) },
    );
    expect(balanceSentences(member, alex, 'this')).toEqual([
      'Alex had 1 h on their own of the 6 h they wished for this week.',
      'Alex had no time with friends of the 4 h they wished for this week.',
    ]);
  });

  it('pairs a single gap with a wish met, so the week is not only what fell short', () => {
    const member = weekMember(
      ALEX,
      { together: h(10), solo: h(3), family: h(2) },
      { together: h(10), solo: h(6), family: h(2) },
    );
    expect(balanceSentences(member, alex, 'this')).toEqual([
      'Alex had 3 h on their own of the 6 h they wished for this week.',
      'Alex had all the time together they wished for.',
    ]);
  });

  it('names notable extra time after the shortfalls, and only from two hours', () => {
    const member = weekMember(ALEX, { work: h(45), solo: h(5) }, { work: h(40), solo: h(6) });
    expect(balanceSentences(member, alex, 'this')).toEqual([
      'Alex had 5 h on their own of the 6 h they wished for this week.',
      'Alex had 45 h at work this week, 5 h more than they wished for.',
    ]);
    const little = weekMember(ALEX, { work: h(41) + 30 }, { work: h(40) });
    expect(balanceSentences(little, alex, 'this')).toEqual([
      'Alex had all the work time they wished for.',
    ]);
  });

  it('says when every wish was met', () => {
    const member = weekMember(
      ALEX,
      { together: h(10), solo: h(6) },
      { together: h(10), solo: h(6) },
    );
    expect(balanceSentences(member, alex, 'this')).toEqual([
      'Alex had the balance they wished for this week.',
    ]);
    expect(balanceSentences(member, me, 'last')).toEqual([
      'You had the balance you wished for last week.',
    ]);
  });

  it('says when no wish was given yet, without asking anything of the partner', () => {
    const member = weekMember(SAM, { together: h(3) }, {});
    expect(balanceSentences(member, { name: 'Sam', isMe: false }, 'this')).toEqual([
      'Sam hasn’t said yet what balance they wish for.',
    ]);
    expect(balanceSentences(member, me, 'this')[0]).toMatch(/^You haven’t said yet/);
  });

  it('names a week other than this one', () => {
    const member = weekMember(ALEX, { together: h(1) + 30 }, { together: h(10) });
    expect(balanceSentences(member, alex, undefined)).toEqual([
      'Alex had 1 h 30 min together of the 10 h they wished for that week.',
    ]);
    expect(balanceSentences(member, alex, 'last')[0]).toMatch(/last week\.$/);
  });

  it('never blames: no sentence says "only", "failed", "should" or "not enough"', () => {
    const member = weekMember(
      ALEX,
      { together: 0, solo: 0, social: 0, family: 0, work: h(60) },
      { together: h(10), solo: h(6), social: h(4), family: h(2), work: h(40) },
    );
    for (const sentence of [
      ...balanceSentences(member, alex, 'this'),
      ...balanceSentences(member, me, 'this'),
    ]) {
      expect(sentence).not.toMatch(/\b(only|fail|should|not enough|too little|missed)\b/i);
    }
  });
});
