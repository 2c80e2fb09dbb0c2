import type { ConflictTopic } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import type { NameOf } from './people';

type Topic = Pick<
  ConflictTopic,
  'phase' | 'pause' | 'waitingFor' | 'participantIds' | 'agreement' | 'followUps'
>;

const others = (userIds: readonly string[], myId: string) => userIds.filter((id) => id !== myId);
const namesOf = (userIds: readonly string[], nameOf: NameOf) => format.list(userIds.map(nameOf));

/** "Waiting for Sam to write their side", or null when nobody else is left to write. */
export function waitingSentence(topic: Topic, myId: string, nameOf: NameOf): string | null {
  const waiting = others(topic.waitingFor, myId);
  if (waiting.length === 0) return null;
  return t('resolve.sides.waiting', { names: namesOf(waiting, nameOf), count: waiting.length });
}

/** Where a topic stands, in one line for the list of topics. */
export function topicStatus(topic: Topic, myId: string, nameOf: NameOf): string {
  if (topic.pause) return t('resolve.status.paused');
  switch (topic.phase) {
    case 'perspectives':
      return topic.waitingFor.includes(myId)
        ? t('resolve.status.yourSide')
        : (waitingSentence(topic, myId, nameOf) ?? t('resolve.status.yourSide'));
    case 'ideas':
      return topic.agreement ? t('resolve.status.proposed') : t('resolve.status.ideas');
    case 'agreed':
      return topic.agreement
        ? t('resolve.status.agreed', { date: format.day(topic.agreement.checkOn) })
        : t('resolve.status.ideas');
    case 'resolved':
      return t('resolve.status.resolved');
  }
}

/** Who has agreed so far, or that everyone has: "Agreed by both" for a couple. */
export function agreementStatus(topic: Topic, myId: string, nameOf: NameOf): string {
  const agreement = topic.agreement;
  if (!agreement) return '';
  if (agreement.agreedAt) {
    return topic.participantIds.length <= 2
      ? t('resolve.agreement.agreedBoth')
      : t('resolve.agreement.agreedAll');
  }
  const pending = topic.participantIds.filter((id) => !agreement.agreedBy.includes(id));
  const agreed = namesOf(agreement.agreedBy, nameOf);
  if (pending.includes(myId)) {
    return t('resolve.agreement.yourTurn', { names: agreed });
  }
  return t('resolve.agreement.waiting', { names: namesOf(others(pending, myId), nameOf) });
}

/** Whether anyone said the agreement held only partly or not: time to try something else. */
export const needsAnotherTry = (topic: Pick<ConflictTopic, 'followUps'>): boolean =>
  topic.followUps.some((answer) => answer.held !== 'yes');

/** The steps a topic walks through after it is raised, as the step list names them. */
export const topicSteps = ['sides', 'ideas', 'agreement', 'followUp'] as const;
export type TopicStep = (typeof topicSteps)[number];

/** The step a topic is at: an agreement on the table moves it on from ideas. */
export function currentStep(topic: Pick<ConflictTopic, 'phase' | 'agreement'>): TopicStep {
  switch (topic.phase) {
    case 'perspectives':
      return 'sides';
    case 'ideas':
      return topic.agreement ? 'agreement' : 'ideas';
    case 'agreed':
    case 'resolved':
      return 'followUp';
  }
}
