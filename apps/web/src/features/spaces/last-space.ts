/**
 * The space opened most recently on this device, to start there next time. It is kept with the
 * person who opened it: on a shared device the next person to sign in starts from their own
 * list, not from where someone else left off.
 */
const storageKey = 'tandem.lastSpace';

interface LastSpace {
  userId: string;
  spaceId: string;
}

export function encodeLastSpace(userId: string, spaceId: string): string {
  return JSON.stringify({ userId, spaceId } satisfies LastSpace);
}

/** The stored space id if `userId` stored it; anything else (another person, junk) is ignored. */
export function decodeLastSpace(raw: string | null, userId: string): string | undefined {
  if (!raw) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<LastSpace> | null;
    return stored?.userId === userId && typeof stored.spaceId === 'string'
      ? stored.spaceId
      : undefined;
  } catch {
    return undefined;
  }
}

export function readLastSpace(userId: string): string | undefined {
  try {
    return decodeLastSpace(localStorage.getItem(storageKey), userId);
  } catch {
    return undefined; // storage may be blocked; starting from the list of spaces is fine
  }
}

export function rememberLastSpace(userId: string, spaceId: string): void {
  try {
    localStorage.setItem(storageKey, encodeLastSpace(userId, spaceId));
  } catch {
    // Not remembered; starting from the list of spaces is fine.
  }
}

/** After leaving `spaceId`, so the next start is not a dead end. */
export function forgetLastSpace(userId: string, spaceId: string): void {
  try {
    if (readLastSpace(userId) === spaceId) localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
