import { useSyncExternalStore } from 'react';
import { minutesToWait } from './time-out';

const checkEveryMs = 1_000;

/**
 * Calls `onTick` every second, and at once when the page comes back into view: phones suspend
 * timers in the background, and "Come back" must be ready the moment the app is opened again.
 */
export function subscribeToSeconds(
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
 * Whole minutes still to wait by this device's clock, null once the time has come. The
 * snapshot is a plain number, so the screen is drawn again only when the minute changes.
 */
export function useMinutesToWait(until: string): number | null {
  return useSyncExternalStore(subscribeToSeconds, () => minutesToWait(until, Date.now()));
}
