/** The space's event stream on the same host as the page: `wss:` under https, `ws:` otherwise. */
export function spaceEventsUrl(location: { protocol: string; host: string }, spaceId: string) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/v1/spaces/${encodeURIComponent(spaceId)}/events`;
}

/** Parses one message; anything that is not a JSON object comes back as `undefined`. */
export function parseEventMessage(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}
