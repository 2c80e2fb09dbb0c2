import { useSyncExternalStore } from 'react';
import { subscribeToClock } from '../../../lib/use-today';

const MINUTE_MS = 60_000;

/**
 * This device's time to the minute, moving on while the page stays open, so "5 minutes ago"
 * and "Arrives today at 9:30 PM" stay true. A plain number: the screen redraws once a minute.
 */
export function useMinute(): number {
  return useSyncExternalStore(
    subscribeToClock,
    () => Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS,
  );
}
