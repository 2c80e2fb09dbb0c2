import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeToSeconds } from './use-minutes-to-wait';

describe('subscribeToSeconds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks every second', () => {
    vi.useFakeTimers();
    const onTick = vi.fn();
    const unsubscribe = subscribeToSeconds(onTick, new EventTarget());
    vi.advanceTimersByTime(999);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTick).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
