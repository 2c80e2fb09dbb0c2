import { useSyncExternalStore } from 'react';
import { subscribeToTicks } from '../../../lib/clock-ticks';
import { minutesToWait } from './time-out';

/**
 * Ticks every second, and when the page comes back into view: "Come back" must be ready the
 * moment the app is opened again.
 */
export const subscribeToSeconds = (onTick: () => void, page?: EventTarget): (() => void) =>
  subscribeToTicks(1_000, onTick, page);

/**
 * Whole minutes still to wait by this device's clock, null once the time has come. The
 * snapshot is a plain number, so the screen is drawn again only when the minute changes.
 */
export function useMinutesToWait(until: string): number | null {
  return useSyncExternalStore(subscribeToSeconds, () => minutesToWait(until, Date.now()));
}
