import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeToSeconds } from './use-minutes-to-wait';

describe('subscribeToSeconds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks every second and when the page is shown again, until unsubscribed', () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const onTick = vi.fn();
    const unsubscribe = subscribeToSeconds(onTick, page);

    vi.advanceTimersByTime(999);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTick).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(onTick).toHaveBeenCalledTimes(2);

    unsubscribe();
    vi.advanceTimersByTime(5_000);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(onTick).toHaveBeenCalledTimes(2);
  });
});
