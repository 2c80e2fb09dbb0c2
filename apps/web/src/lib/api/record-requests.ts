import { vi } from 'vitest';

/**
 * For the tests of the features' api modules, which all check what is sent: stubs `fetch` to
 * answer every request (with `{}`, or with no content for 204) and returns a function listing
 * the requests so far. Undo it with `vi.unstubAllGlobals()`.
 */
export function recordRequests(status: 200 | 204 = 200) {
  const sent = vi.fn((_url: string, _init: RequestInit) =>
    Promise.resolve(new Response(status === 204 ? null : '{}', { status })),
  );
  vi.stubGlobal('fetch', sent);
  return () =>
    sent.mock.calls.map(([url, init]) => ({
      method: init.method,
      url,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    }));
}
