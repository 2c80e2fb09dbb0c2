import { useSyncExternalStore } from 'react';
import { todayIn } from './dates';

const checkEveryMs = 60_000;

/**
 * Calls `onTick` every minute, and at once when the page comes back into view: phones suspend
 * timers in the background, and the day must be right the moment the app is opened again.
 */
export function subscribeToClock(
  onTick: () => void,
  page: EventTarget | undefined = globalThis.document,
): () => void {
  const timer = setInterval(onTick, checkEveryMs);
  page?.addEventListener('visibilitychange', onTick);
  return () => {
    clearInterval(timer);
    page?.removeEventListener('visibilitychange', onTick);
  };
}

/**
 * Today's calendar day for someone in `timeZone`, moving on at midnight while the app stays
 * open, so that "Today" is never yesterday (nor a check-in filed under it).
 */
export function useToday(timeZone: string): string {
  return useSyncExternalStore(subscribeToClock, () => todayIn(timeZone));
}
