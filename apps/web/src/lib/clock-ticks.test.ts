import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeToTicks } from './clock-ticks';

describe('subscribeToTicks', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks on time and when the page is shown again, until unsubscribed', () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    const onTick = vi.fn();
    const unsubscribe = subscribeToTicks(60_000, onTick, page);

    vi.advanceTimersByTime(59_999);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTick).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(onTick).toHaveBeenCalledTimes(2);

    unsubscribe();
    vi.advanceTimersByTime(120_000);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(onTick).toHaveBeenCalledTimes(2);
  });
});
