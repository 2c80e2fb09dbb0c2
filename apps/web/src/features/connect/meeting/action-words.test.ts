import { describe, expect, it } from 'vitest';
import { actionBody, actionMeta, actionsInOrder, shortDayInWords } from './action-words';
import { buildAction, SAM } from './meeting-test-data';

describe('actionMeta', () => {
  it('says who and, when there is one, by when', () => {
    const today = '2026-11-29';
    expect(actionMeta(buildAction({ dueOn: '2026-12-15' }), 'Sam', today)).toBe(
      'Sam · by Tue, Dec 15',
    );
    expect(actionMeta(buildAction({ dueOn: '2027-01-05' }), 'You', today)).toBe(
      'You · by Jan 5, 2027',
    );
    expect(actionMeta(buildAction(), 'Sam', today)).toBe('Sam');
  });

  it('names the day without the year only in this year', () => {
    expect(shortDayInWords('2026-02-01', '2026-11-29')).toBe('Sun, Feb 1');
  });
});

describe('actionsInOrder', () => {
  it('puts the soonest due first and undated ones after, whether done or not', () => {
    const actions = [
      buildAction({ id: 'undated' }),
      buildAction({ id: 'later', dueOn: '2026-12-20' }),
      buildAction({ id: 'done', done: true, dueOn: '2026-12-10' }),
      buildAction({ id: 'soon', dueOn: '2026-12-01' }),
      buildAction({ id: 'undated too', done: true }),
    ];
    expect(actionsInOrder(actions).map((action) => action.id)).toEqual([
      'soon',
      'done',
      'later',
      'undated',
      'undated too',
    ]);
  });
});

describe('actionBody', () => {
  it('takes what, who and an optional day', () => {
    expect(actionBody({ text: ' Call Jo ', ownerId: SAM, dueOn: '' })).toEqual({
      body: { text: 'Call Jo', ownerId: SAM },
    });
    expect(actionBody({ text: 'Book the cabin', ownerId: SAM, dueOn: '2026-12-15' })).toEqual({
      body: { text: 'Book the cabin', ownerId: SAM, dueOn: '2026-12-15' },
    });
  });

  it('says what is missing, by field', () => {
    expect(actionBody({ text: '  ', ownerId: '', dueOn: '' })).toEqual({
      problems: { text: 'Say what was agreed.', ownerId: 'Choose who will do it.' },
    });
  });
});
