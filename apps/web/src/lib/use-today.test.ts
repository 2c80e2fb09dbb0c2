import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeToClock } from './use-today';

describe('subscribeToClock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks every minute', () => {
    vi.useFakeTimers();
    const onTick = vi.fn();
    const unsubscribe = subscribeToClock(onTick, new EventTarget());
    vi.advanceTimersByTime(59_999);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTick).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
