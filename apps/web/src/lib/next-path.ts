/**
 * Where to go after signing in. Only a path on this site is accepted: `?next=` is user input,
 * and following `//evil.example` or `https://…` would be an open redirect.
 */
export function safeNextPath(raw: string | null | undefined): string | undefined {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return undefined;
  }
  // Control characters (e.g. a smuggled newline) never belong in a path.
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20)) return undefined;
  return raw;
}

/** `/login?next=…` (or another auth page) that comes back to `next` afterwards. */
export function withNext(path: '/login' | '/register', next: string | undefined): string {
  const safe = safeNextPath(next);
  return safe && safe !== '/' ? `${path}?next=${encodeURIComponent(safe)}` : path;
}
