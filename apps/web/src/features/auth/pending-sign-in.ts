/**
 * A sign-in (or new account) that was still on its way when the page was left — the person
 * tapped a link or reloaded right after submitting. The request itself completes (it is sent
 * with `keepalive`), so for a few seconds the next page keeps asking whether it has landed
 * instead of sending the person to sign in again.
 */
const storageKey = 'tandem.signInPendingSince';
export const pendingSignInWindowMs = 5_000;

/** Pure: whether a sign-in marked at `markedAt` may still be on its way at `now`. */
export function isSignInPending(markedAt: number | undefined, now: number): boolean {
  return markedAt !== undefined && now >= markedAt && now - markedAt < pendingSignInWindowMs;
}

function readMark(): number | undefined {
  try {
    const value = Number(sessionStorage.getItem(storageKey));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function markSignInPending(): void {
  try {
    sessionStorage.setItem(storageKey, String(Date.now()));
  } catch {
    // Without storage a page left mid-sign-in simply asks to sign in again.
  }
}

export function clearSignInPending(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}

export function signInPending(): boolean {
  return isSignInPending(readMark(), Date.now());
}
