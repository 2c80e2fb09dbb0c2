import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { errorMessage, fieldError, otherFieldIssues } from './error-message';

const invalid = new ApiError(422, 'validation_failed', 'x', {
  mood: 'Too big.',
  date: 'Invalid date.',
});

describe('errorMessage', () => {
  it('gives a translated sentence per code, and a generic one for anything else', () => {
    expect(errorMessage(new ApiError(429, 'rate_limited', 'x'))).toMatch(/wait a minute/);
    expect(errorMessage(new ApiError(0, 'network', 'x'))).toMatch(/reach the server/);
    expect(errorMessage(new Error('boom'))).toBe(errorMessage(new ApiError(500, 'unknown', 'x')));
  });
});

describe('fieldError and otherFieldIssues', () => {
  it('finds the message for a field shown in the form', () => {
    expect(fieldError(invalid, 'mood')).toBe('Too big.');
    expect(fieldError(invalid, 'need')).toBeUndefined();
    expect(fieldError(new Error('x'), 'mood')).toBeUndefined();
  });

  it('lists the problems of fields the form does not show', () => {
    expect(otherFieldIssues(invalid, ['mood'])).toEqual(['date: Invalid date.']);
    expect(otherFieldIssues(invalid, ['mood', 'date'])).toEqual([]);
    expect(otherFieldIssues(undefined, [])).toEqual([]);
  });
});
