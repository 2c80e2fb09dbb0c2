import { useSyncExternalStore } from 'react';
import { subscribeToTicks } from './clock-ticks';
import { todayIn } from './dates';

/** Ticks every minute, and when the page comes back into view, so the day is never stale. */
export const subscribeToClock = (onTick: () => void, page?: EventTarget): (() => void) =>
  subscribeToTicks(60_000, onTick, page);

/**
 * Today's calendar day for someone in `timeZone`, moving on at midnight while the app stays
 * open, so that "Today" is never yesterday (nor a check-in filed under it).
 */
export function useToday(timeZone: string): string {
  return useSyncExternalStore(subscribeToClock, () => todayIn(timeZone));
}
