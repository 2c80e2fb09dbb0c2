import { describe, expect, it } from 'vitest';
import { importSummary } from './import-words';

describe('importSummary', () => {
  it('says how many came in', () => {
    expect(importSummary({ imported: 3, updated: 0, skipped: [] })).toEqual({
      lines: ['3 events imported.'],
      skipped: [],
    });
  });

  it('says what was updated rather than doubled, and why any was left out', () => {
    const summary = importSummary({
      imported: 0,
      updated: 2,
      skipped: [
        { uid: 'a', title: 'Standup', reason: 'It repeats in a way Tandem can’t follow.' },
        { uid: 'b', title: ' ', reason: 'It has no start.' },
      ],
    });
    expect(summary.lines).toEqual([
      'No new events came from this file.',
      '2 were already here and have been updated.',
      '2 were left out:',
    ]);
    expect(summary.skipped).toEqual([
      'Standup: It repeats in a way Tandem can’t follow.',
      'An event without a title: It has no start.',
    ]);
  });
});
