const storageKey = 'tandem.lastSpaceId';

/** The space opened most recently on this device, to start there next time. */
export function readLastSpace(): string | undefined {
  try {
    return localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberLastSpace(spaceId: string): void {
  try {
    localStorage.setItem(storageKey, spaceId);
  } catch {
    // Storage may be blocked; starting from the list of spaces is fine.
  }
}

export function forgetLastSpace(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
