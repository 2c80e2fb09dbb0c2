import { describe, expect, it } from 'vitest';
import { ApiError, existingIdOf, isNotFound, isUnauthenticated, parseApiError } from './api-error';

describe('parseApiError', () => {
  it('reads the code, message and the first issue of each field', () => {
    const error = parseApiError(422, {
      error: {
        code: 'validation_failed',
        message: 'Some fields are not valid.',
        details: {
          fields: [
            { path: 'mood', message: 'Too big.' },
            { path: 'mood', message: 'Second problem.' },
            { path: 'need', message: 'Too long.' },
          ],
        },
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Some fields are not valid.');
    expect(error.fields).toEqual({ mood: 'Too big.', need: 'Too long.' });
  });

  it('keeps other details, such as the id of an existing check-in', () => {
    const error = parseApiError(409, {
      error: { code: 'checkin_exists', message: 'Already.', details: { id: 'abc' } },
    });
    expect(existingIdOf(error)).toBe('abc');
    expect(error.fields).toEqual({});
  });

  it('falls back to `unknown` for a body in another shape', () => {
    for (const body of [
      undefined,
      'oops',
      { error: 'x' },
      { error: { code: 'nope', message: 'm' } },
    ]) {
      const error = parseApiError(502, body);
      expect(error.code).toBe('unknown');
      expect(error.status).toBe(502);
    }
  });
});

describe('error predicates', () => {
  it('treats a wrong password as a form error, not as a lost session', () => {
    expect(isUnauthenticated(new ApiError(401, 'unauthenticated', 'x'))).toBe(true);
    expect(isUnauthenticated(new ApiError(401, 'invalid_credentials', 'x'))).toBe(false);
    expect(isUnauthenticated(new Error('x'))).toBe(false);
  });

  it('recognises not found and ignores other errors', () => {
    expect(isNotFound(new ApiError(404, 'not_found', 'x'))).toBe(true);
    expect(isNotFound(new ApiError(410, 'invite_expired', 'x'))).toBe(false);
    expect(existingIdOf(new ApiError(409, 'email_taken', 'x', {}, { id: 'a' }))).toBeUndefined();
  });
});
