import { describe, expect, it } from 'vitest';
import { ALEX, SAM } from '../../lib/member-test-data';
import { agreementBody, startingDraft, withAnotherItem } from './agreement-draft';

const today = '2026-03-02';

describe('startingDraft', () => {
  it('starts with one line for me, looked back on in two weeks', () => {
    expect(startingDraft(null, ALEX, today)).toEqual({
      items: [{ key: 0, ownerId: ALEX, text: '' }],
      checkOn: '2026-03-16',
    });
  });

  it('starts from the agreement on the table, with a new day if its day has passed', () => {
    const agreement = {
      items: [{ id: 'i1', text: 'Phones away at 8', ownerId: SAM, link: null }],
      checkOn: '2026-03-01',
      proposedBy: SAM,
      agreedBy: [SAM],
      agreedAt: null,
    };
    expect(startingDraft(agreement, ALEX, today)).toEqual({
      items: [{ key: 0, ownerId: SAM, text: 'Phones away at 8' }],
      checkOn: '2026-03-16',
    });
    expect(startingDraft({ ...agreement, checkOn: '2026-04-01' }, ALEX, today).checkOn).toBe(
      '2026-04-01',
    );
  });
});

describe('withAnotherItem', () => {
  it('adds an empty line with a new key, for the same person as the last', () => {
    const draft = withAnotherItem({
      items: [{ key: 3, ownerId: SAM, text: 'Cook' }],
      checkOn: today,
    });
    expect(draft.items).toEqual([
      { key: 3, ownerId: SAM, text: 'Cook' },
      { key: 4, ownerId: SAM, text: '' },
    ]);
  });
});

describe('agreementBody', () => {
  it('sends the written lines, trimmed, and leaves empty ones out', () => {
    const result = agreementBody(
      {
        items: [
          { key: 0, ownerId: ALEX, text: ' Phones away at 8 ' },
          { key: 1, ownerId: SAM, text: '' },
          { key: 2, ownerId: SAM, text: 'Plan Friday' },
        ],
        checkOn: '2026-03-16',
      },
      today,
    );
    expect(result).toEqual({
      body: {
        items: [
          { text: 'Phones away at 8', ownerId: ALEX },
          { text: 'Plan Friday', ownerId: SAM },
        ],
        checkOn: '2026-03-16',
      },
    });
  });

  it('needs at least one line with someone and something to do', () => {
    expect(
      agreementBody({ items: [{ key: 0, ownerId: '', text: '' }], checkOn: '2026-03-16' }, today),
    ).toEqual({
      problems: {
        items: { 0: { text: 'Say what will be done.', ownerId: 'Choose who will do it.' } },
      },
    });
  });

  it('needs a day after today to look back', () => {
    const items = [{ key: 0, ownerId: ALEX, text: 'Walk' }];
    expect(agreementBody({ items, checkOn: today }, today)).toEqual({
      problems: { checkOn: 'Choose a day after today.' },
    });
    expect(agreementBody({ items, checkOn: '' }, today)).toEqual({
      problems: { checkOn: 'Choose a day to look back.' },
    });
  });
});
