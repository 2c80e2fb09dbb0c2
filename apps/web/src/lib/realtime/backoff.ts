export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds. */
  baseMs: number;
  /** No wait is ever longer than this. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1_000, maxMs: 30_000 };

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): exponential, capped,
 * with "equal jitter" so that many clients dropped at once do not all return at once
 * (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015).
 * `random` is injected so tests can pin it.
 */
export function reconnectDelay(
  attempt: number,
  options: BackoffOptions = defaultBackoff,
  random: () => number = Math.random,
): number {
  const step = Math.max(0, Math.floor(attempt));
  // 2 ** step overflows to Infinity for large steps; Math.min keeps the cap either way.
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** step);
  const half = ceiling / 2;
  return Math.round(half + random() * half);
}
