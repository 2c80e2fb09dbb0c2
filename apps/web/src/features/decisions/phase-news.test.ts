import { describe, expect, it } from 'vitest';
import { phaseNews } from './phase-news';
import { ALEX, buildDecision } from './test-data';

describe('phaseNews', () => {
  it('says that the scores are out, or what was chosen', () => {
    expect(phaseNews(buildDecision())).toBe('');
    expect(phaseNews(buildDecision({ phase: 'revealed' }))).toBe(
      'Everyone has scored: the scores and our recommendation are below.',
    );
    const decided = buildDecision({
      phase: 'decided',
      choice: {
        optionId: 'o1',
        why: '',
        decidedBy: ALEX,
        decidedAt: '2026-03-02T10:00:00.000Z',
        reviewOn: null,
        concessions: [],
        reviews: [],
        link: null,
      },
    });
    expect(phaseNews(decided)).toBe('You chose The coast');
  });
});
