import { describe, expect, it } from 'vitest';
import { isSignInPending, pendingSignInWindowMs } from './pending-sign-in';

describe('isSignInPending', () => {
  const markedAt = 1_000_000;

  it('is pending within the window after the mark', () => {
    expect(isSignInPending(markedAt, markedAt)).toBe(true);
    expect(isSignInPending(markedAt, markedAt + pendingSignInWindowMs - 1)).toBe(true);
  });

  it('is over once the window has passed', () => {
    expect(isSignInPending(markedAt, markedAt + pendingSignInWindowMs)).toBe(false);
  });

  it('is not pending without a mark, or with a mark from the future (clock changed)', () => {
    expect(isSignInPending(undefined, markedAt)).toBe(false);
    expect(isSignInPending(markedAt + 10, markedAt)).toBe(false);
  });
});
