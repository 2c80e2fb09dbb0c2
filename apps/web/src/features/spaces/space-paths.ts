/** Where `/` takes a signed-in person: the last space they used if they still belong to it. */
export function homePath(spaceIds: readonly string[], lastSpaceId: string | undefined): string {
  return lastSpaceId && spaceIds.includes(lastSpaceId) ? spacePath(lastSpaceId) : '/spaces';
}

export type SpacePage =
  'today' | 'chores' | 'money' | 'decide' | 'resolve' | 'time' | 'growth' | 'members';

export function spacePath(spaceId: string, page: SpacePage = 'today'): string {
  const base = `/s/${encodeURIComponent(spaceId)}`;
  return page === 'today' ? base : `${base}/${page}`;
}

/** Switching space keeps you on the same page: from one space's members to the other's. */
export function switchSpacePath(currentPathname: string, spaceId: string): string {
  const page = /^\/s\/[^/]+\/(members|chores|money|time)\/?$/.exec(currentPathname)?.[1];
  return spacePath(
    spaceId,
    page === 'members' || page === 'chores' || page === 'money' || page === 'time' ? page : 'today',
  );
}
