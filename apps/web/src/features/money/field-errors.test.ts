import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api-error';
import { errorUnder, shownPaths } from './field-errors';

const error = new ApiError(422, 'validation_failed', 'Invalid.', {
  'participants.1': 'Not a member.',
  'split.percents': 'Must add up to 100.',
  spentOn: 'Not a date.',
});

describe('errorUnder', () => {
  it('finds the message for a field or anything inside it', () => {
    expect(errorUnder(error, 'participants')).toBe('Not a member.');
    expect(errorUnder(error, 'split')).toBe('Must add up to 100.');
    expect(errorUnder(error, 'amount')).toBeUndefined();
  });

  it('does not take a field for another that starts the same', () => {
    expect(errorUnder(error, 'participant')).toBeUndefined();
  });

  it('says nothing for an error that is not the server’s', () => {
    expect(errorUnder(new Error('no'), 'split')).toBeUndefined();
  });
});

describe('shownPaths', () => {
  it('lists the paths shown next to fields, leaving the rest to the form’s alert', () => {
    expect(shownPaths(error, ['participants', 'split'])).toEqual([
      'participants.1',
      'split.percents',
    ]);
  });
});
