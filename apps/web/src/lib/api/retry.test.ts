import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { shouldRetry } from './retry';

describe('shouldRetry', () => {
  it('never retries a client error', () => {
    for (const status of [400, 401, 404, 409, 410, 422, 429]) {
      expect(shouldRetry(0, new ApiError(status, 'unknown', 'x'))).toBe(false);
    }
  });

  it('retries network and server failures twice', () => {
    const network = new ApiError(0, 'network', 'x');
    const server = new ApiError(503, 'unknown', 'x');
    expect([0, 1, 2].map((n) => shouldRetry(n, network))).toEqual([true, true, false]);
    expect([0, 1, 2].map((n) => shouldRetry(n, server))).toEqual([true, true, false]);
    expect(shouldRetry(0, new TypeError('boom'))).toBe(true);
  });
});
