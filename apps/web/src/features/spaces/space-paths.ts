/** Where `/` takes a signed-in person: the last space they used if they still belong to it. */
export function homePath(spaceIds: readonly string[], lastSpaceId: string | undefined): string {
  return lastSpaceId && spaceIds.includes(lastSpaceId) ? spacePath(lastSpaceId) : '/spaces';
}

export function spacePath(spaceId: string, page: 'today' | 'members' = 'today'): string {
  const base = `/s/${encodeURIComponent(spaceId)}`;
  return page === 'members' ? `${base}/members` : base;
}

/** Switching space keeps you on the same page: from one space's members to the other's. */
export function switchSpacePath(currentPathname: string, spaceId: string): string {
  return spacePath(spaceId, /^\/s\/[^/]+\/members\/?$/.test(currentPathname) ? 'members' : 'today');
}
