/**
 * The catalogue of every error the API can return. Codes are stable: clients and tests match on
 * them, so a code is never renamed or reused for another meaning.
 */
export const errorCatalogue = {
  bad_request: { status: 400, message: 'The request could not be read.' },
  unauthenticated: { status: 401, message: 'Please sign in.' },
  invalid_credentials: { status: 401, message: 'That email and password do not match an account.' },
  forbidden: { status: 403, message: 'You are not allowed to do that.' },
  bad_origin: { status: 403, message: 'The request came from another site.' },
  not_found: { status: 404, message: 'Not found.' },
  email_taken: { status: 409, message: 'An account with that email already exists.' },
  already_member: { status: 409, message: 'You are already a member of this space.' },
  space_full: { status: 409, message: 'This space has no room for another member.' },
  checkin_exists: { status: 409, message: 'You have already checked in for that day.' },
  not_shared: { status: 409, message: 'Only shared items can be revealed.' },
  checkin_final: {
    status: 409,
    message: 'This check-in has been revealed, so it can no longer be changed or deleted.',
  },
  answer_final: {
    status: 409,
    message: 'Everyone has seen this answer, so it can no longer be changed.',
  },
  out_of_turn: {
    status: 409,
    message: 'That move is not yours to make just now.',
  },
  occurrence_closed: {
    status: 409,
    message: 'That one has already been done or skipped.',
  },
  handoff_not_open: { status: 409, message: 'There is no open request to take that one.' },
  availability_missing: {
    status: 409,
    message: 'Everyone needs to say how many hours a week they can give the home first.',
  },
  veto_limit: {
    status: 409,
    message: 'You have used all your dealbreakers for this month.',
  },
  scoring_closed: {
    status: 409,
    message: 'Everyone has scored, so the options and scores are final.',
  },
  not_revealed: {
    status: 409,
    message: 'Everyone needs to score every option first.',
  },
  already_decided: { status: 409, message: 'A choice has already been recorded.' },
  topic_paused: {
    status: 409,
    message: 'This topic is paused for a breather. Come back to it when the time is up.',
  },
  too_soon: {
    status: 409,
    message: 'Give it at least 20 minutes before coming back to it.',
  },
  not_agreed: { status: 409, message: 'Everyone needs to agree to it first.' },
  already_linked: { status: 409, message: 'That has already been followed through.' },
  person_archived: {
    status: 409,
    message: 'This person is in the archive. Bring them back first.',
  },
  date_cancelled: { status: 409, message: 'This date has been called off.' },
  changed_meanwhile: {
    status: 409,
    message: 'It was changed at the same moment. Have a look and try again.',
  },
  date_over: { status: 409, message: 'This date is already over.' },
  date_not_begun: {
    status: 409,
    message: 'A memory can be added once the date has begun.',
  },
  invite_expired: { status: 410, message: 'This invite has expired, been used or been revoked.' },
  payload_too_large: { status: 413, message: 'The request is too large.' },
  photo_too_large: { status: 413, message: 'Photos can be up to 10 MB.' },
  unsupported_media_type: {
    status: 415,
    message: 'Send JSON with Content-Type: application/json.',
  },
  validation_failed: { status: 422, message: 'Some fields are not valid.' },
  photo_unsupported: {
    status: 422,
    message: 'That file is not a photo we can read. Choose a JPEG, PNG or WebP image.',
  },
  photo_too_many_pixels: {
    status: 422,
    message: 'That image has too many pixels to open safely (at most 50 megapixels).',
  },
  rate_limited: { status: 429, message: 'Too many attempts. Please wait a minute and try again.' },
  internal: { status: 500, message: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];

/** One field that failed validation: `path` is the dotted field name, e.g. `mood`. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: { fields?: FieldIssue[] } & Record<string, unknown>;
  };
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code in errorCatalogue &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}
