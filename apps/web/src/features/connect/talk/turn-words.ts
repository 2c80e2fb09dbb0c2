import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { nameIn } from './talk-people';

export type Turn = LiveSession['turns'][number];

/** Who did what in one turn: "Sam said", "You heard", "Sam: “That’s it.”". */
export function turnInWords(turn: Turn, myId: string, members: readonly Member[]): string {
  const name = turn.by === myId ? t('connect.talk.you') : nameIn(members, turn.by);
  switch (turn.kind) {
    case 'speak':
      return t('connect.talk.turn.speak', { name });
    case 'paraphrase':
      return t('connect.talk.turn.paraphrase', { name });
    case 'confirm':
      return t('connect.talk.turn.confirm', { name });
    case 'correct':
      return t('connect.talk.turn.correct', { name });
    case 'idea':
      return t('connect.talk.turn.idea', { name });
    case 'floor':
      return t('connect.talk.turn.floor', { name });
    case 'timeout':
      return t('connect.talk.turn.timeout', { name });
    case 'resume':
      return t('connect.talk.turn.resume', { name });
  }
}

/**
 * How a turn is drawn: words someone said (a bubble on their side), or a moment in the
 * conversation — the floor passing, a break — as a quiet line across.
 */
export function turnShape(turn: Turn): 'words' | 'moment' {
  return turn.text !== null && turn.text !== '' ? 'words' : 'moment';
}
