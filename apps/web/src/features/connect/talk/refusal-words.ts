import type { MoveRefusal } from '@tandem/shared';
import { isApiError } from '../../../lib/api/api-error';
import { errorMessage } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';

/** Every reason the server gives for `out_of_turn`: the machine's, and the service's own two. */
export type TalkRefusal = MoveRefusal | 'moved_on' | 'not_ended';

/** Every one of them, so an unknown code (from a newer server) falls back to the usual words. */
const refusals: Record<TalkRefusal, true> = {
  not_in_session: true,
  not_started: true,
  already_joined: true,
  session_over: true,
  paused: true,
  not_your_floor: true,
  listener_only_paraphrases: true,
  waiting_for_paraphrase: true,
  waiting_for_confirmation: true,
  nothing_to_paraphrase: true,
  not_solving_yet: true,
  still_talking: true,
  timeout_too_short: true,
  timeout_too_long: true,
  not_paused: true,
  too_early_to_resume: true,
  empty_text: true,
  text_too_long: true,
  moved_on: true,
  not_ended: true,
};

const isRefusal = (value: unknown): value is TalkRefusal =>
  typeof value === 'string' && Object.hasOwn(refusals, value);

/**
 * Why a move did not go through, kindly: the server's refusal in our words when it gave one,
 * otherwise the usual sentence for the error.
 */
export function moveErrorMessage(error: unknown): string {
  if (isApiError(error) && error.code === 'out_of_turn') {
    const refusal = error.details.refusal;
    if (isRefusal(refusal)) return t(`connect.talk.refusal.${refusal}`);
  }
  return errorMessage(error);
}
