import { useSyncExternalStore } from 'react';
import { subscribeToTicks } from '../../lib/clock-ticks';
import { breakClock } from './break-lengths';

const subscribeToSeconds = (onTick: () => void) => subscribeToTicks(1_000, onTick);

/**
 * Where a break stands by this device's clock, checked every second and when the app comes
 * back into view. Each part is a plain value, so the screen is drawn again only when it changes.
 */
export function useBreakClock(pause: { until: string; resumableAt: string }) {
  const minutesLeft = useSyncExternalStore(
    subscribeToSeconds,
    () => breakClock(pause, Date.now()).minutesLeft,
  );
  const canComeBack = useSyncExternalStore(
    subscribeToSeconds,
    () => breakClock(pause, Date.now()).canComeBack,
  );
  return { minutesLeft, canComeBack };
}
