import { isApiErrorBody, type ErrorCode } from '@tandem/shared';

/** `network` when the server could not be reached; `unknown` when it answered in another shape. */
export type ClientErrorCode = ErrorCode | 'network' | 'unknown';

/** Every failed request becomes one of these, whatever went wrong. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  /** The first problem for each field, keyed by its dotted path (e.g. `mood`). */
  readonly fields: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: ClientErrorCode,
    message: string,
    fields: Record<string, string> = {},
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.details = details;
  }
}

/** Turns a failed response's status and (already parsed) body into an `ApiError`. */
export function parseApiError(status: number, body: unknown): ApiError {
  if (!isApiErrorBody(body)) {
    return new ApiError(status, 'unknown', `Request failed with status ${status}.`);
  }
  const { code, message, details } = body.error;
  const fields: Record<string, string> = {};
  for (const issue of details?.fields ?? []) {
    fields[issue.path] ??= issue.message;
  }
  return new ApiError(status, code, message, fields, details ?? {});
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True only for "your session is gone" — not for a wrong password, which is also a 401. */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.code !== 'invalid_credentials';
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** The id a 409 `checkin_exists` points at, so the client can switch to editing it. */
export function existingIdOf(error: unknown): string | undefined {
  if (!isApiError(error) || error.code !== 'checkin_exists') return undefined;
  const id = error.details.id;
  return typeof id === 'string' ? id : undefined;
}
