import { describe, expect, it } from 'vitest';
import {
  incomeKnown,
  percentText,
  personName,
  shareSentences,
  sharesChartLabel,
  spokenMonth,
} from './shares-words';
import { ALEX, insightsView, members, SAM, share } from './test-view';

const KIM = '00000000-0000-4000-8000-00000000000c';
const noIncome = {
  incomePercents: [
    { userId: ALEX, percent: null },
    { userId: SAM, percent: null },
  ],
};

describe('percentText', () => {
  it('writes a part to the tenth the server gives', () => {
    expect(percentText(40)).toBe('40%');
    expect(percentText(57.1)).toBe('57.1%');
  });
});

describe('personName', () => {
  it('calls me "You", the others by name, and someone who left a former member', () => {
    expect(personName(members, ALEX, ALEX)).toBe('You');
    expect(personName(members, ALEX, SAM)).toBe('Sam');
    expect(personName(members, ALEX, KIM)).toBe('Former member');
  });
});

describe('incomeKnown', () => {
  it('is true only once everyone gave an income', () => {
    expect(incomeKnown(insightsView())).toBe(true);
    expect(incomeKnown(insightsView(noIncome))).toBe(false);
    expect(incomeKnown(insightsView({ incomePercents: [] }))).toBe(false);
  });
});

describe('spokenMonth', () => {
  const months = ['2026-01', '2026-02', '2026-03'];

  it('speaks of last month, which is settled, when it had shared costs', () => {
    const view = insightsView({
      months,
      shares: [share('2026-01', 50, 50), share('2026-02', 60, 40), share('2026-03', 70, 30)],
    });
    expect(spokenMonth(view)).toEqual({ month: '2026-02', when: 'last' });
  });

  it('falls back on this month so far, then on the latest month before', () => {
    const thisMonth = insightsView({
      months,
      shares: [share('2026-01', 50, 50), share('2026-02', null, null), share('2026-03', 70, 30)],
    });
    expect(spokenMonth(thisMonth)).toEqual({ month: '2026-03', when: 'current' });
    const earlier = insightsView({
      months,
      shares: [
        share('2026-01', 50, 50),
        share('2026-02', null, null),
        share('2026-03', null, null),
      ],
    });
    expect(spokenMonth(earlier)).toEqual({ month: '2026-01', when: 'earlier' });
  });

  it('is null when no month had shared costs', () => {
    const none = insightsView({ months, shares: months.map((m) => share(m, null, null)) });
    expect(spokenMonth(none)).toBeNull();
    expect(spokenMonth(insightsView({ months: ['2026-03'], shares: [] }))).toBeNull();
  });
});

describe('shareSentences', () => {
  it('sets each one’s part of last month’s costs beside their part of the income, me first', () => {
    expect(shareSentences(insightsView(), [ALEX, SAM], members, ALEX)).toEqual([
      'You carried 60% of the shared costs last month and earn 75% of the household’s income.',
      'Sam carried 40% of the shared costs last month and earns 25% of the household’s income.',
    ]);
  });

  it('speaks of the costs alone while someone’s income is missing', () => {
    expect(shareSentences(insightsView(noIncome), [SAM, ALEX], members, SAM)).toEqual([
      'You carried 40% of the shared costs last month.',
      'Alex carried 60% of the shared costs last month.',
    ]);
  });

  it('names the month when it is neither last month nor this one', () => {
    const view = insightsView({
      months: ['2026-01', '2026-02', '2026-03'],
      shares: [
        share('2026-01', 57.1, 42.9),
        share('2026-02', null, null),
        share('2026-03', null, null),
      ],
    });
    expect(shareSentences(view, [ALEX, SAM], members, SAM)).toEqual([
      'Alex carried 57.1% of the shared costs in January 2026 and earns 75% of the household’s income.',
      'You carried 42.9% of the shared costs in January 2026 and earn 25% of the household’s income.',
    ]);
  });

  it('says nothing without shared costs, and leaves out who has no figure', () => {
    const none = insightsView({ shares: insightsView().months.map((m) => share(m, null, null)) });
    expect(shareSentences(none, [ALEX, SAM], members, ALEX)).toEqual([]);
    expect(shareSentences(insightsView(), [KIM, SAM], members, ALEX)).toHaveLength(1);
  });
});

describe('sharesChartLabel', () => {
  it('mentions the income line only when it is drawn', () => {
    expect(sharesChartLabel(insightsView())).toMatch(
      /^Bars of each one’s part of the shared costs in each month, October 2025\s–\sMarch 2026, with their part of the household’s income drawn across\.$/,
    );
    expect(sharesChartLabel(insightsView(noIncome))).toMatch(/March 2026\.$/);
  });
});
