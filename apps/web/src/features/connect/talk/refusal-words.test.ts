import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { ApiError } from '../../../lib/api/api-error';
import { moveErrorMessage } from './refusal-words';

const refused = (refusal: unknown) =>
  new ApiError(409, 'out_of_turn', 'That move is not yours to make just now.', {}, { refusal });

describe('moveErrorMessage', () => {
  it('words each refusal kindly', () => {
    expect(moveErrorMessage(refused('listener_only_paraphrases'))).toBe(
      'While you’re listening, you can only say back what you heard. You’ll have the floor soon.',
    );
    expect(moveErrorMessage(refused('too_early_to_resume'))).toBe(
      'The break isn’t over yet. Give yourselves a few more minutes.',
    );
    expect(moveErrorMessage(refused('moved_on'))).toContain('You both moved at the same moment');
  });

  it('has words for every refusal the server names', () => {
    const codes = [
      'not_started',
      'already_joined',
      'session_over',
      'paused',
      'not_your_floor',
      'listener_only_paraphrases',
      'waiting_for_paraphrase',
      'waiting_for_confirmation',
      'nothing_to_paraphrase',
      'not_solving_yet',
      'still_talking',
      'timeout_too_short',
      'timeout_too_long',
      'not_paused',
      'too_early_to_resume',
      'empty_text',
      'text_too_long',
      'moved_on',
      'not_ended',
    ];
    for (const code of codes) {
      expect(moveErrorMessage(refused(code))).toBe(
        en[`connect.talk.refusal.${code}` as keyof typeof en],
      );
    }
  });

  it('falls back to the error’s usual sentence', () => {
    expect(moveErrorMessage(refused('something_new'))).toBe(
      'That move is not yours to make just now.',
    );
    expect(moveErrorMessage(new ApiError(0, 'network', 'offline'))).toBe(
      'Can’t reach the server. Check your connection and try again.',
    );
    expect(moveErrorMessage(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });
});
