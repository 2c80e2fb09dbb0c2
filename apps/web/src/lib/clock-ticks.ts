/**
 * Calls `onTick` every `everyMs`, and at once when the page comes back into view: phones suspend
 * timers in the background, and a screen that follows the clock must be right the moment the app
 * is opened again. Shared by the hooks that redraw as time passes (today's date, minutes to wait).
 */
export function subscribeToTicks(
  everyMs: number,
  onTick: () => void,
  page: EventTarget | undefined = globalThis.document,
): () => void {
  const timer = setInterval(onTick, everyMs);
  page?.addEventListener('visibilitychange', onTick);
  return () => {
    clearInterval(timer);
    page?.removeEventListener('visibilitychange', onTick);
  };
}
