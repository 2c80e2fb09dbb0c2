import { ApiError, parseApiError } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const apiBase = '/api/v1';

/**
 * Reads a response: the parsed JSON on success, `undefined` for 204, an `ApiError` thrown
 * otherwise. Kept apart from `fetch` so it can be tested with plain `Response` objects.
 */
export async function readResponse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!response.ok) throw parseApiError(response.status, body);
  return body as T;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The most a `keepalive` request may carry: browsers refuse a larger one outright (Fetch spec). */
export const KEEPALIVE_MAX_BYTES = 64 * 1024;

/**
 * Unsafe methods always carry a JSON body (`{}` if none): the server insists on it. They are
 * sent with `keepalive`, so a write someone started (a check-in, signing in) still completes if
 * they navigate away or close the app at that moment — all but the few over its 64 KiB cap (a
 * photo, an imported file), which the browser would otherwise refuse to send at all.
 */
export function requestInit(method: HttpMethod, body?: unknown): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method === 'GET') return { method, headers, credentials: 'same-origin' };
  headers['Content-Type'] = 'application/json';
  const json = JSON.stringify(body ?? {});
  return {
    method,
    headers,
    credentials: 'same-origin',
    body: json,
    keepalive: new TextEncoder().encode(json).byteLength <= KEEPALIVE_MAX_BYTES,
  };
}

export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, requestInit(method, body));
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  return readResponse<T>(response);
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: (path: string) => apiRequest<undefined>('DELETE', path),
};

/** Encodes a path segment that came from a URL or the user. */
export const segment = (value: string) => encodeURIComponent(value);
